// A station whose calibration module was never written: rustc reports the
// missing file, stays silent about paths into it, and checks the rest.
mod calibration_tables_not_written;

use calibration_tables_not_written::Table;
use calibration_tables_not_written::*;
use std::fmt;

struct Station {
    id: u32,
    offset: i32,
}

fn corrected(station: &Station, raw: i32) -> i32 {
    raw + station.offset + calibration_tables_not_written::bias(station.id)
}

fn lookup(table: Table, index: usize) -> i32 {
    let unused_here = index;
    table.get(index)
}

fn main() {
    let station = Station { id: 7, offset: -2 };
    let reading: u8 = corrected(&station, 40);
    let total = reading + missing_helper();
    println!("{}", total);
}
