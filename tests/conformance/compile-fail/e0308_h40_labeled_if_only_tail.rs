// A labeled block whose only tail is an `if` that breaks with a value.
fn bonus(points: u32, streak: u32) -> u32 {
    let extra = 'award: {
        if streak >= 3 {
            break 'award points / 2;
        }
    };
    points + extra
}

fn penalty(misses: u32) -> u32 {
    let p = 'calc: {
        if misses == 0 {
            break 'calc 0;
        }
        misses * 5
    };
    p
}

fn main() {
    println!("{} {}", bonus(40, 4), penalty(2));
}
