// A local `Option` struct and a fn named `drop` shadow prelude names.
#[derive(Debug, Clone, Copy)]
struct Option {
    name: u8,
    enabled: bool,
}

fn drop(opt: &mut Option) {
    opt.enabled = false;
}

struct Settings {
    opts: [Option; 2],
    mode: Mode,
}

fn toggle(s: &mut Settings, which: usize) -> Flag {
    let o = &mut s.opts[which];
    if o.enabled {
        drop(o);
    } else {
        o.enabled = true;
    }
    o.enabled
}

fn main() {
    let mut s = Settings {
        opts: [Option { name: b'a', enabled: true }, Option { name: b'b', enabled: false }],
        mode: 0,
    };
    let now = toggle(&mut s, 0);
    println!("{} {:?}", now, s.opts[1]);
    println!("{}", s.opts[0].name);
}
