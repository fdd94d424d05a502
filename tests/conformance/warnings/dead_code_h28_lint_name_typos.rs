// lints: dead_code unused_variables
// Lint attributes with misspelled names (so nothing is allowed), tool lints and reasons.
#[allow(dead_cod)]
fn migrate_v1(rows: u32) -> u32 {
    rows * 2
}

#[allow(unused_varaibles)]
fn checksum(rows: u32) -> u32 {
    let seed = 17;
    rows ^ 0x5A
}

#[allow(clippy::needless_return)]
fn version() -> u32 {
    return 3;
}

#[allow(dead_code, reason = "kept until the v2 importer ships")]
fn migrate_v2(rows: u32) -> u32 {
    rows * 3
}

#[warn(nonstandard_styles)]
struct Schema {
    tables: u32,
    views: u32,
}

fn main() {
    let s = Schema { tables: 4, views: 1 };
    println!("v{} {} {}", version(), checksum(s.tables), s.tables);
}
