// statics and consts with mistyped initialisers
const MAX_USERS: u16 = 70_000u32;
static GREETING: &str = 'h';
const RATIO: f32 = 1;
const FLAGS: [bool; 2] = [true, 0];

fn main() {
    println!("{} {} {} {:?}", MAX_USERS, GREETING, RATIO, FLAGS);
}
