// Lint attributes written as key-value pairs by someone used to another tool.
#[allow(dead_code = "migration")]
fn old_format(v: u32) -> u32 {
    v * 3
}

#[warn(unused_variables, reason = 2024)]
fn convert(v: u32) -> u32 {
    let tmp = v;
    v + 1
}

#[allow()]
fn noop() {}

fn main() {
    noop();
    println!("{}", convert(4));
}
