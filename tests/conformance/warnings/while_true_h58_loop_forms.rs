// lints: while_true
fn main() {
    let mut i = 0u32;
    while true {
        i += 1;
        if i > 3 {
            break;
        }
    }
    let mut j = 0;
    while (j < 3) {
        j += 1;
    }
    let v = loop {
        if i > 0 { break (i, j); }
    };
    println!("{:?}", v);
}
