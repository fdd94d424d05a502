fn main() {
    let expected = 10;
    let got = 5 + 5;
    let why = "sum is wrong";
    assert_eq!(got, expected, why);
    println!("{got}");
}
