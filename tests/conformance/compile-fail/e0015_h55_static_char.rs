// A static lookup computed from char classification.
static FIRST: char = 'R';
static FIRST_IS_LETTER: bool = FIRST.is_alphabetic();
static FIRST_UPPER_ASCII: bool = FIRST.is_ascii_uppercase();
const LOWER: char = 'R'.to_ascii_lowercase();

fn main() {
    println!("{} {} {} {}", FIRST, FIRST_IS_LETTER, FIRST_UPPER_ASCII, LOWER);
}
