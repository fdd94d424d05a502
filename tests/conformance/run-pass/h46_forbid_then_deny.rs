// A crate that forbids unused variables, with one module re-stating the rule as deny.
#![forbid(unused_variables)]

mod config {
    pub struct Flags {
        pub verbose: bool,
        pub jobs: u32,
    }

    #[deny(unused_variables)]
    pub fn parse(args: &[&str]) -> Flags {
        let mut f = Flags { verbose: false, jobs: 1 };
        for a in args {
            if *a == "-v" {
                f.verbose = true;
            } else if *a == "-j4" {
                f.jobs = 4;
            }
        }
        f
    }
}

#[deny(unused_variables)]
mod report {
    pub fn show(f: &super::config::Flags) {
        println!("verbose={} jobs={}", f.verbose, f.jobs);
    }
}

fn main() {
    let flags = config::parse(&["-v", "-j4"]);
    report::show(&flags);
}
