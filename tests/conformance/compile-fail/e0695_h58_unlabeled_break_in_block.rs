fn main() {
    let values = [2, 4, 6, 7, 8];
    for v in values {
        'check: {
            if v % 2 == 1 {
                break;
            }
            println!("{} is even", v);
        }
    }
}
