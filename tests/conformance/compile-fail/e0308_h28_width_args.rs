// A column printer that passes widths and precisions as arguments.
#[derive(Debug, Clone, Copy)]
struct Column {
    width: usize,
    precision: u32,
    signed: bool,
}

fn print_row(cols: &[Column; 3], values: &[f64; 3]) {
    for i in 0..3 {
        let c = cols[i];
        if c.signed {
            print!("|{:>+1$.2$}", values[i], c.width, c.precision as usize);
        } else {
            print!("|{:>1$.2$}", values[i], c.width, c.precision);
        }
    }
    println!("|");
}

fn header(cols: &[Column; 3]) {
    let names = ["left", "mid", "right"];
    for i in 0..3 {
        let w: i32 = cols[i].width as i32;
        print!("|{:^w$}", names[i]);
        print!("|{:^1$}", names[i], w);
    }
    println!("|");
}

fn main() {
    let cols = [
        Column { width: 8, precision: 2, signed: false },
        Column { width: 10, precision: 3, signed: true },
        Column { width: 6, precision: 0, signed: false },
    ];
    header(&cols);
    print_row(&cols, &[1.5, -2.25, 99.0]);
    let pad: u8 = 4;
    println!("{:0>pad$}", 7, pad = pad);
    println!("{:.*}", 3, 2.0f64);
    println!("{:.*}", 3u16, 2.0f64);
}
