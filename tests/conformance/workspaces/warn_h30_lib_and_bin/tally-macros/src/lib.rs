// Shared helpers (no macros despite the name).
pub fn percent(part: u32, whole: u32) -> u32 {
    if whole == 0 { 0 } else { part * 100 / whole }
}

pub fn bar(width: u32) {
    let mut i = 0;
    while i < width {
        print!("#");
        i += 1;
    }
    println!();
}
