// At statement start `{ 1 } - 1` parses as a block statement followed by `-1`.
fn compute() -> i32 {
    let x = 5;
    { x } - 1
}

fn main() {
    println!("{}", compute());
}
