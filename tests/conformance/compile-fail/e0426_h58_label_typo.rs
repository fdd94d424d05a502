fn main() {
    let data = [3, 1, 4, 1, 5, 9, 2, 6];
    let mut pos = 0;
    'scan: loop {
        if data[pos] == 9 {
            break 'scna;
        }
        pos += 1;
    }
    println!("found at {}", pos);
}
