// a stray semicolon on the final expression of a function
fn area(w: u32, h: u32) -> u32 {
    w * h;
}

fn perimeter(w: u32, h: u32) -> u32 {
    let p = 2 * (w + h);
    p;
}

fn main() {
    println!("{} {}", area(3, 4), perimeter(3, 4));
}
