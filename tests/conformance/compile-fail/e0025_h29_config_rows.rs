// Settings rows unpacked in function parameters and let-else, with repeated fields.
#[derive(Debug, Clone, Copy)]
struct Row {
    key: u8,
    value: i32,
    min: i32,
    max: i32,
}

#[derive(Debug, Clone, Copy)]
enum Setting {
    Bounded(Row),
    Flag { key: u8, on: bool },
}

fn clamp_row(Row { value, min, max, min: low, .. }: Row) -> i32 {
    value.clamp(min, max) + low - low
}

fn flag_key(s: Setting) -> u8 {
    let Setting::Flag { key, on, key: k2 } = s else {
        return 0;
    };
    if on { key } else { k2 }
}

fn describe(s: &Setting) -> i32 {
    match s {
        Setting::Bounded(Row { key, value, .. }) => *key as i32 * 100 + *value,
        Setting::Flag { on: true, .. } => 1,
        Setting::Flag { .. } => 0,
    }
}

fn main() {
    let r = Row { key: 3, value: 140, min: 0, max: 100 };
    let settings = [Setting::Bounded(r), Setting::Flag { key: 7, on: true }];
    let mut total = 0;
    for s in &settings {
        total += describe(s);
    }
    println!("{} {} {}", clamp_row(r), flag_key(settings[1]), total);
    let Row { key, valu, .. } = r;
    println!("{}", key);
}
