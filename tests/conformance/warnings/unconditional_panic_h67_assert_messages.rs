// lints: unconditional_panic arithmetic_overflow
// regen: build
// A sensor table checked with assertions whose messages read past its end,
// and a lookup whose match arms index it: rustc's MIR lint reports them in
// the order it visits the blocks, the assertions' failure paths last.
#![allow(unused_variables)]

const SLOTS: usize = 3;

struct Table {
    readings: [u16; SLOTS],
    scale: u16,
}

fn validate(table: &Table) -> u16 {
    assert!(table.readings[0] < 900, "first slot {}", table.readings[SLOTS]);
    assert_eq!(table.readings[1], 0, "slot {} holds {}", 1, table.readings[SLOTS + 1]);
    let last = table.readings[SLOTS + 2];
    debug_assert!(table.scale > 0, "scale {}", table.readings[7]);
    assert_ne!(table.scale / 0, 1);
    last
}

fn pick(table: &Table, which: u8) -> u16 {
    let chosen = match which {
        0 => table.readings[4],
        1 => table.readings[5],
        _ => table.readings[6],
    };
    let spare = if which > 1 { table.readings[8] } else { table.readings[9] };
    chosen + spare
}

fn report(table: &Table) {
    let base: u16 = 65_535;
    println!("base {}", base + 1);
    let mut step: u16 = 1;
    step = 65_535;
    println!("steps {} {}", table.scale + 1, step + 1);
    println!("{:?}", [step; 2][2]);
}

fn main() {
    let table = Table { readings: [1, 2, 3], scale: 4 };
    println!("{}", validate(&table) + pick(&table, 1));
    report(&table);
}
