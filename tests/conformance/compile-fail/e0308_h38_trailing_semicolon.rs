// The classic: a trailing semicolon turns the tail expression into a statement.
fn plus_one(x: i32) -> i32 {
    x + 1;
}

fn area(width: u32, height: u32) -> u32 {
    let a = width * height;
    a;
}

fn is_even(n: u64) -> bool {
    if n % 2 == 0 {
        return true;
    }
    false
}

fn main() {
    let x = plus_one(5);
    println!("The value of x is: {x}");
    println!("area {} even {}", area(3, 4), is_even(10));
}
