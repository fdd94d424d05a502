// An unlabelled `break` inside a labelled block that sits in a loop.
fn scan(codes: &[u8]) -> u32 {
    let mut valid = 0;
    let mut i = 0;
    while i < codes.len() {
        let c = codes[i];
        i += 1;
        'classify: {
            if c == 0 {
                break;
            }
            if !c.is_ascii_alphanumeric() {
                break 'classify;
            }
            valid += 1;
        }
    }
    valid
}

fn main() {
    println!("{}", scan(b"ab-c!9\0zz"));
}
