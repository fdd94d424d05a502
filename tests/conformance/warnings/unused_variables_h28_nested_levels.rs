// lints: unused_variables unused_mut unused_assignments
// `#![deny(unused)]` at the root, lowered to warn in a module and raised again on a function.
#![deny(unused)]

mod parser {
    #![warn(unused_variables, unused_mut)]

    pub fn tokens(line: &[u8]) -> usize {
        let mut count = 0;
        let mut in_word = false;
        let mut spare = 0;
        for b in line {
            let is_space = *b == b' ';
            if !is_space && !in_word {
                count += 1;
            }
            in_word = !is_space;
        }
        count
    }

    #[deny(unused_variables)]
    pub fn first_byte(line: &[u8]) -> u8 {
        let len = line.len();
        line[0]
    }

    pub fn last_byte(line: &[u8]) -> u8 {
        let mut pos = 0;
        pos = line.len() - 1;
        let dummy = pos;
        line[pos]
    }
}

fn main() {
    let text: &[u8] = b"alpha beta  gamma";
    let n = parser::tokens(text);
    let mut shown = 0;
    shown = n;
    #[warn(unused_variables)]
    let ignored = parser::first_byte(text);
    println!("{} {}", n, parser::last_byte(text));
}
