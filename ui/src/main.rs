//! The `citydash` command: the dashboard by default, and `demo`, `serve-demo`, `sync`, `status`.

fn main() -> std::process::ExitCode {
    citydash::cli::main()
}
