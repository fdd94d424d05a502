// lints: unused_variables unused_assignments
// A tokenizer whose loops leave values written but never read.
fn count_words(bytes: &[u8]) -> u32 {
    let mut words = 0;
    let mut in_word = false;
    let mut last_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b' ' {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            last_start = i;
        }
        i += 1;
    }
    words
}

fn longest_run(values: &[i32]) -> u32 {
    let mut best = 0;
    let mut run = 0;
    let mut prev = 0;
    for (idx, v) in values.iter().enumerate() {
        if *v > 0 {
            run += 1;
        } else {
            run = 0;
        }
        if run > best {
            best = run;
        }
        prev = *v;
    }
    best
}

fn search(grid: &[[u8; 3]; 3], target: u8) -> (usize, usize) {
    let mut found = (9, 9);
    let mut steps = 0;
    'outer: for r in 0..3 {
        for c in 0..3 {
            steps = r * 3 + c;
            if grid[r][c] == target {
                found = (r, c);
                break 'outer;
            }
        }
    }
    found
}

fn retry(limit: u32) -> u32 {
    let mut attempt = 0;
    let mut delay = 1;
    loop {
        attempt += 1;
        delay = delay * 2;
        if attempt >= limit {
            break;
        }
    }
    attempt
}

fn main() {
    println!("{}", count_words(&[b'a', b' ', b'c']));
    println!("{}", longest_run(&[1, 2, -1, 3]));
    let g = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    println!("{:?}", search(&g, 5));
    println!("{}", retry(3));
}
