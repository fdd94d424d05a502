// Destructuring lets in a config reader; some patterns are refutable.
#[derive(Debug, Clone, Copy)]
enum Setting {
    Flag(bool),
    Level(u8),
    Range { lo: i32, hi: i32 },
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    key: u16,
    value: Setting,
}

fn read_level(e: Entry) -> u8 {
    let Entry { value: Setting::Level(n), .. } = e;
    n
}

fn span(e: &Entry) -> i32 {
    let &Entry { key: _, value: Setting::Range { lo, hi } } = e else {
        return 0;
    };
    hi - lo
}

fn first_two(values: [u8; 4]) -> (u8, u8) {
    let [a, b, ..] = values;
    (a, b)
}

fn head(values: &[u8]) -> u8 {
    let [first, ..] = values;
    *first
}

fn flag_of(pair: (Setting, u8)) -> bool {
    let (Setting::Flag(on), _) = pair;
    on
}

fn main() {
    let e = Entry { key: 7, value: Setting::Level(3) };
    let r = Entry { key: 8, value: Setting::Range { lo: -2, hi: 9 } };
    let (a, b) = first_two([1, 2, 3, 4]);
    println!("{} {} {} {} {}", read_level(e), span(&r), a, b, head(&[5, 6]));
    println!("{} {}", flag_of((Setting::Flag(true), 1)), e.key);
}
