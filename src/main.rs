//! The `sdx` command: parses arguments and hands over to the library.

fn main() -> std::process::ExitCode {
    sdx::cli::main()
}
