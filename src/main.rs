//! The `sdx` command: parses arguments and hands over to the library.

mod allocator;
mod cli;

#[global_allocator]
static GLOBAL: allocator::Allocator = allocator::ALLOCATOR;

fn main() -> std::process::ExitCode {
    cli::main()
}
