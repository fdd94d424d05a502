// lints: unused_assignments unused_variables
// Values written in loops that are overwritten or never read.
fn last_even(xs: &[i32]) -> i32 {
    let mut result = -1;
    let mut seen = 0;
    for &x in xs {
        if x % 2 == 0 {
            result = x;
        }
        seen = x;
    }
    result
}

fn countdown(mut n: u32) -> u32 {
    let mut steps = 0;
    let mut prev = 0;
    while n > 0 {
        prev = n;
        n -= 1;
        steps += 1;
        prev = 0;
    }
    steps
}

fn search(hay: &[u8], needle: u8) -> usize {
    let mut pos = usize::MAX;
    let mut found = false;
    let mut i = 0;
    loop {
        if i == hay.len() {
            break;
        }
        if hay[i] == needle {
            pos = i;
            found = true;
            break;
        }
        i += 1;
    }
    pos
}

fn main() {
    println!("{}", last_even(&[3, 8, 5, 10, 7]));
    println!("{}", countdown(5));
    println!("{}", search(b"hello", b'l'));
}
