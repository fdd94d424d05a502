// Learner forgets `mut` on a counter and on a shadowed binding.
fn count_vowels(word: &[u8]) -> u32 {
    let count = 0;
    for &b in word {
        if b == b'a' || b == b'e' || b == b'i' || b == b'o' || b == b'u' {
            count += 1;
        }
    }
    count
}

fn main() {
    let x = 5;
    println!("The value of x is: {x}");
    x = 6;
    println!("The value of x is: {x}");

    let total = count_vowels(b"programming");
    let total = total * 2;
    println!("doubled vowels: {total}");
    let (a, b) = (1, 2);
    a += b;
    println!("{a}");
}
