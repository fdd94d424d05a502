// Shadowing misunderstandings: a binding declared in an inner block or loop
// is not visible afterwards.
fn main() {
    let x = 5;
    {
        let x = x * 2;
        let y = x + 1;
        println!("inner x={x} y={y}");
    }
    println!("outer x={x}, y={y}");

    for i in 0..3 {
        let squared = i * i;
        println!("{squared}");
    }
    println!("last index {i}, last square {squared}");

    if x > 3 {
        let message = "big";
    }
    println!("{message}");
}
