//! The `sdx` command: parses arguments and hands over to the library.

#[global_allocator]
static GLOBAL: sdx::allocator::Allocator = sdx::allocator::ALLOCATOR;

fn main() -> std::process::ExitCode {
    sdx::cli::main()
}
