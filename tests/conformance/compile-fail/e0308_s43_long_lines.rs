// Errors on lines wider than rustc's window: it shows the part around the
// spans and labels, with `...` where it cut.
#![allow(unused)]
fn wide(p0: u8, p1: u8, p2: u8, p3: u8, p4: u8, p5: u8, p6: u8, p7: u8, p8: u8, p9: u8, p10: u8, p11: u8, p12: u8, p13: u8, p14: u8, p15: u8, p16: u8, p17: u8, p18: u8, p19: u8, p20: u8, p21: u8, p22: u8, p23: u8, p24: u8, p25: u8, p26: u8, p27: u8, p28: u8, p29: u8, p30: u8, p31: u8, p32: u8, p33: u8, p34: u8, p35: u8, p36: u8, p37: u8, p38: u8, p39: u8, p40: u8, p41: u8, p42: u8, p43: u8, p44: u8, p45: u8, p46: u8, p47: u8, p48: u8, p49: u8, p50: u8, p51: u8, p52: u8, p53: u8, p54: u8, p55: u8, p56: u8, p57: u8, p58: u8, p59: u8) { let x: u8 = "s"; }

fn indented() {
                                                            let depth: u8 = "deep";
}

fn tail() {
                              let first: u8 = "x"; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; let _pad = 1; 
}

fn spaced() {
    let a = 1;                                                                                                                                                      let b: u8 = "q";
    let c: u8 = "r";
}

fn accents() { let s = "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"; let n: u8 = s; }

fn main() { let start: u8 = "s"; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; let _y = 1; }
