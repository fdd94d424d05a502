fn checked_div(a: i32, b: i32) -> Option<i32> {
    if b == 0 {
        return None
        println!("division by zero");
    }
    Some(a / b)
}

fn main() {
    println!("{:?}", checked_div(4, 0));
}
