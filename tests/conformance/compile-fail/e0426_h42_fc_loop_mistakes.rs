// Loop mistakes: `break` with a value inside `while`, and an undeclared label.
fn find_index(haystack: &[u32], needle: u32) -> usize {
    let mut i = 0;
    // mistake 1: only `loop` can break with a value
    let found = while i < haystack.len() {
        if haystack[i] == needle {
            break i;
        }
        i += 1;
    };
    found
}

fn count_pairs(limit: u32) -> u32 {
    let mut pairs = 0;
    'outer: for a in 0..limit {
        for b in 0..limit {
            if a + b > limit {
                // mistake 2: the label is called 'outer
                continue 'outter;
            }
            pairs += 1;
        }
    }
    pairs
}

fn main() {
    println!("{}", find_index(&[4, 8, 15, 16], 15));
    println!("{}", count_pairs(5));
}
