fn main() {
    let label;
    let n = 7;
    if n % 2 == 0 {
        label = "even";
    } else {
        label = "odd";
    }
    let n = n * 2;
    let total: u64;
    {
        let n = n as u64;
        total = n * n;
    }
    let (a, b);
    (a, b) = (1, 2);
    let arr;
    arr = [a; 3];
    println!("{} {} {} {:?} {}", label, n, total, arr, b);
    let v = match n {
        x @ 0..=9 => x,
        i32 @ 10..=99 => i32 * 2,
        _ => 0,
    };
    println!("{}", v);
}
