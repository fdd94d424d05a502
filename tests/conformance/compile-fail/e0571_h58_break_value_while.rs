fn main() {
    let data = [4, 8, 15, 16, 23, 42];
    let mut i = 0;
    let first_odd = while i < data.len() {
        if data[i] % 2 == 1 {
            break data[i];
        }
        i += 1;
    };
    println!("{:?}", first_odd);
}
