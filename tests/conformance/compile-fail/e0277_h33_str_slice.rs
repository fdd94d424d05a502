// len/is_empty on str, arrays and slices, and some misuse.
fn longest(words: &[&str]) -> usize {
    let mut best = 0;
    for w in words {
        if w.len() > best {
            best = w.len();
        }
    }
    best
}

fn main() {
    let words = ["alpha", "be", "gamma"];
    let n: u32 = words.len();
    let e = words.is_empty;
    let s = "hello";
    let first = s[0];
    let sub = &s[1..3];
    let arr = [3, 1, 2];
    let sl = &arr[..2];
    let l = sl.len(1);
    let empty = "".is_empty() + 1;
    let mid = arr[1u8];
    let cnt = s.len() as i32 - arr.len();
    println!("{} {} {} {} {} {} {} {} {}", longest(&words), n, e, first, sub, l, empty, mid, cnt);
}
