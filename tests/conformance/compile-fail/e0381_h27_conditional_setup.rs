// Device setup where some variables are only initialised on some paths.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Bus {
    I2c,
    Spi,
    Uart,
}

fn pick_speed(bus: Bus, fast: bool) -> u32 {
    let speed: u32;
    if bus == Bus::I2c {
        speed = if fast { 400_000 } else { 100_000 };
    } else if bus == Bus::Spi {
        if fast {
            speed = 10_000_000;
        }
    } else {
        speed = 115_200;
    }
    speed
}

fn pick_addr(bus: Bus) -> u8 {
    let addr: u8;
    match bus {
        Bus::I2c => addr = 0x48,
        Bus::Spi => addr = 0,
        Bus::Uart => {}
    }
    addr
}

fn main() {
    let retries: u8;
    for attempt in 0..3u8 {
        if attempt == 2 {
            retries = attempt;
        }
    }
    println!("{} {}", pick_speed(Bus::Spi, true), pick_addr(Bus::Uart));
    println!("{}", retries);
    let timeout: u32;
    let bus = Bus::I2c;
    if bus != Bus::Uart {
        timeout = 50;
    } else {
        return;
    }
    println!("{}", timeout);
}
