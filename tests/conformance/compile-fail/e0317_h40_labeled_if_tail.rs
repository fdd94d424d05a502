fn first_negative(values: &[i32; 4]) -> usize {
    let idx = 'scan: {
        for i in 0..values.len() {
            if values[i] < 0 {
                break 'scan i;
            }
        }
        if values[0] == 0 {
            break 'scan 99;
        }
    };
    idx
}

fn clamp_step(x: i32) -> i32 {
    let step = 'calc: {
        if x > 100 {
            break 'calc 100;
        }
        x
    };
    step
}

fn main() {
    println!("{} {}", first_negative(&[3, 1, -2, 5]), clamp_step(250));
}
