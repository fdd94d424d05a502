// lints: unreachable_patterns unused_variables
// Key codes matched against consts; some arms can never be reached.
const KEY_ENTER: u8 = 13;
const KEY_ESC: u8 = 27;
const KEY_SPACE: u8 = 32;
const CONFIRM: u8 = KEY_ENTER;
const PRINTABLE_MIN: u8 = 32;
const PRINTABLE_MAX: u8 = 126;

fn action(key: u8) -> &'static str {
    match key {
        KEY_ENTER => "submit",
        CONFIRM => "confirm",
        KEY_ESC => "cancel",
        PRINTABLE_MIN..=PRINTABLE_MAX => "type",
        KEY_SPACE => "space",
        0..=31 => "control",
        127..=u8::MAX => "extended",
        _ => "never",
    }
}

fn level(v: i8) -> u8 {
    match v {
        i8::MIN..=-1 => 0,
        0 => 1,
        1..=i8::MAX => 2,
        other => 3,
    }
}

fn main() {
    for k in [13u8, 27, 65, 32, 200, 7] {
        println!("{} {}", k, action(k));
    }
    println!("{} {}", level(-4), level(9));
}
