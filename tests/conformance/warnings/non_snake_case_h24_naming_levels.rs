// lints: non_snake_case non_camel_case_types non_upper_case_globals
// A plugin registry with naming mistakes and lint levels on modules.
#[derive(Debug, Clone, Copy)]
struct plugin_id(u32);

#[derive(Debug)]
enum load_state {
    not_loaded,
    Loaded,
}

const maxPlugins: usize = 8;
static default_Name: &str = "core";

fn RegisterPlugin(id: plugin_id) -> u32 {
    let PluginCount = id.0 + 1;
    PluginCount
}

#[allow(non_snake_case)]
mod Legacy {
    pub fn OldApi(X: u32) -> u32 {
        X
    }
    pub const lower_const: u32 = 1;
}

#[allow(nonstandard_style)]
mod wild {
    pub struct bad_name;
    pub fn BadFn() -> u32 {
        0
    }
    pub static quiet: u8 = 0;
}

mod Modern {
    pub fn ok_fn(ValueIn: u32) -> u32 {
        ValueIn
    }
}

struct Registry {
    Count: u32,
}

impl Registry {
    const defaultCap: u32 = 4;

    fn AddOne(&mut self) {
        self.Count += 1;
    }
}

fn main() {
    let id = plugin_id(3);
    let mut r = Registry { Count: 0 };
    r.AddOne();
    let _w = wild::bad_name;
    println!("{} {} {} {:?}", RegisterPlugin(id), maxPlugins, default_Name, load_state::not_loaded);
    println!("{} {} {} {}", Legacy::OldApi(1), Legacy::lower_const, wild::BadFn(), wild::quiet);
    println!("{} {} {} {:?}", Modern::ok_fn(2), r.Count, Registry::defaultCap, load_state::Loaded);
}
