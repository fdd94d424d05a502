fn report(n: i32) {
    println!("n is {}", n);
}

fn main() {
    let r = report(5);
    println!("report returned {}", r);
}
