// Config profiles built with struct update syntax; the base is used again
// after its non-Copy field was moved out.

#[derive(Debug)]
struct Limits {
    max_conn: u32,
    timeout_ms: u32,
}

#[derive(Debug)]
struct Profile {
    name_id: u16,
    verbose: bool,
    limits: Limits,
}

fn default_profile() -> Profile {
    Profile { name_id: 0, verbose: false, limits: Limits { max_conn: 16, timeout_ms: 500 } }
}

fn main() {
    let base = default_profile();
    let debug = Profile { name_id: 1, verbose: true, ..base };
    let quiet = Profile { name_id: 2, ..base };
    println!("{:?} {:?}", debug, quiet);

    let other = default_profile();
    let fast = Profile { limits: Limits { max_conn: 64, timeout_ms: 100 }, ..other };
    println!("{:?} {}", fast, other.verbose);
    println!("{:?}", other);
}
