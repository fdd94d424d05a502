// lints: dead_code
fn compute(x: i32) -> i32 {
    return double(x);

    fn double(v: i32) -> i32 {
        v * 2
    }

    #[allow(dead_code)]
    struct NeverUsed;

    fn unused_helper() {}
}

fn main() {
    println!("{}", compute(21));
}
