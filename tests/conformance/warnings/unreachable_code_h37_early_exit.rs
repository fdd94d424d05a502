// lints: unreachable_code unconditional_panic
// regen: build
// A command dispatcher whose dead tails contain mistakes that never run.
const COMMANDS: usize = 3;

fn abort(reason: &str) -> ! {
    eprintln!("fatal: {}", reason);
    std::process::exit(2)
}

fn run(table: [u8; COMMANDS], op: u8) -> u8 {
    if op > 9 {
        return 0;
    }
    return table[0];
    table[COMMANDS] / 0
}

fn shutdown(table: [u8; COMMANDS]) -> u8 {
    panic!("shutting down");
    table[7]
}

fn fatal(table: [u8; COMMANDS]) -> u8 {
    abort("bad table");
    table[8] % 0
}

fn spin(table: [u8; COMMANDS]) -> u8 {
    loop {}
    table[5]
}

fn leave(table: [u8; COMMANDS]) -> u8 {
    std::process::exit(0);
    table[6]
}

fn after_branches(table: [u8; COMMANDS], flag: bool) -> u8 {
    if flag {
        return table[1];
    } else {
        return table[2];
    }
    table[4]
}

fn still_checked(table: [u8; COMMANDS], flag: bool) -> u8 {
    if flag {
        return table[COMMANDS];
    }
    table[0]
}

fn main() {
    let table = [1, 2, 3];
    println!("{}", run(table, 1));
    println!("{}", after_branches(table, true));
    println!("{}", still_checked(table, false));
    if table[0] == 9 {
        println!("{}", shutdown(table));
        println!("{}", fatal(table));
        println!("{}", spin(table));
        println!("{}", leave(table));
    }
}
