fn main() {
    let x = 1;
    let x = x + 1;
    {
        let x = x * 10;
        {
            let x = "now a str";
            println!("{}", x);
        }
        println!("{}", x);
        let x = x as f64 / 3.0;
        println!("{:.2}", x);
    }
    let x = (x, x);
    let (x, _) = x;
    println!("{}", x);
    let x = if x > 1 { 'y' } else { 'n' };
    println!("{}", x);
}
