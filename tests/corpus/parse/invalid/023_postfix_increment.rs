fn count_vowels(s: &str) -> usize {
    let mut count = 0;
    for c in s.chars() {
        if "aeiou".contains(c) {
            count++;
        }
    }
    count
}

fn main() {
    println!("{}", count_vowels("programming"));
}
