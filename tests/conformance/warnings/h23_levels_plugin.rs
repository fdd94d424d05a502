// lints: unused_variables dead_code non_snake_case unused_assignments non_camel_case_types
// A plugin registry with lint levels set on items, modules, impls and statements.
#![warn(unused)]

#[allow(dead_code)]
mod legacy {
    pub fn OldEntry() -> u8 {
        let unused_here = 1;
        0
    }

    #[warn(dead_code)]
    fn forgotten() {}

    #[deny(non_snake_case)]
    #[allow(non_snake_case)]
    pub fn Reentry() {}
}

#[derive(Debug)]
struct plugin_slot {
    id: u16,
    #[allow(dead_code)]
    spare: u16,
    hidden: u8,
}

#[allow(unused_variables, unused_mut)]
fn register(slot: &plugin_slot) -> u16 {
    let mut tmp = slot.id;
    let extra = 5;
    slot.id
}

struct Registry {
    count: u32,
}

#[allow(non_snake_case)]
impl Registry {
    fn Add(&mut self) {
        self.count += 1;
    }

    #[warn(non_snake_case)]
    fn Remove(&mut self) {
        self.count -= 1;
    }
}

fn main() {
    let slot = plugin_slot { id: 1, spare: 0, hidden: 2 };
    let mut reg = Registry { count: 0 };
    reg.Add();
    #[allow(unused_variables)]
    let quiet = register(&slot);
    let loud = 3;
    #[allow(unused_mut)]
    let mut once = 1;
    println!("{} {:?}", once, slot);
    #[allow(unused_assignments)]
    {
        let mut x = 1;
        x = 2;
    }
    let mut y = 0;
    y = 1;
    let BadName = legacy::OldEntry();
    legacy::Reentry();
    println!("{}", BadName);
}
