// Functions returning `!` and loops that never end through the tail.
fn fail(code: u8, what: &str) -> ! {
    panic!("error {code}: {what}")
}

fn serve(requests: &[u16]) -> u32 {
    let mut handled = 0;
    let mut i = 0;
    loop {
        if i == requests.len() {
            return handled;
        }
        match requests[i] {
            0 => fail(1, "empty request"),
            r if r >= 500 => {
                println!("  dropping {r}");
            }
            r => {
                handled += r as u32;
            }
        }
        i += 1;
    }
}

fn pick(n: i32) -> i32 {
    if n > 0 {
        n
    } else if n < 0 {
        -n
    } else {
        loop {
            return 42;
        }
    }
}

fn lookup(table: &[(u8, &'static str)], key: u8) -> &'static str {
    for &(k, v) in table {
        if k == key {
            return v;
        }
    }
    fail(2, "key not found")
}

fn main() {
    println!("served {}", serve(&[10, 600, 32, 501, 8]));
    println!("pick {} {} {}", pick(5), pick(-9), pick(0));
    let table = [(1, "one"), (2, "two"), (3, "three")];
    println!("lookup {}", lookup(&table, 2));
    let x: &str = if table.len() == 3 { lookup(&table, 3) } else { fail(9, "bad table") };
    println!("x = {x}");
}
