// lints: unreachable_code unused_variables
// A shutdown sequence with diverging helpers in odd positions.
struct Machine {
    temp: i32,
    running: bool,
}

fn abort(reason: &str) -> ! {
    panic!("abort: {}", reason)
}

impl Machine {
    fn check(&self) -> i32 {
        if self.temp > 100 {
            abort("overheat");
            println!("cooling");
        }
        self.temp
    }

    fn stop(&mut self) -> bool {
        self.running = false;
        return self.running;
        self.running = true;
    }

    fn level(&self) -> u8 {
        let x = if self.running { return 1 } else { return 0 };
        x
    }

    fn unfinished(&self) -> u32 {
        let cfg: u32 = unimplemented!();
        let extra = 3;
        cfg + extra
    }
}

fn pick(a: i32) -> i32 {
    let b: i32 = match a {
        0 => return 0,
        _ => abort("bad"),
    };
    b + 1
}

fn main() {
    let mut m = Machine { temp: 40, running: true };
    println!("{}", m.check());
    println!("{}", m.stop());
    println!("{}", m.level());
    println!("{}", pick(0));
    if m.temp > 1000 {
        println!("{}", m.unfinished());
    }
}
