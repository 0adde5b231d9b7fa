//! The `ecms` command-line tool: check documents, explain rules, list the catalogs and
//! obligations, write a starter document. `ecms --help` lists the commands.

mod cli;

fn main() {
    let code = cli::run(std::env::args_os().collect(), &mut std::io::stderr());
    std::process::exit(code);
}
