// Looking up a configured port, falling back to a default.
const PORTS: [(u8, u16); 3] = [(1, 8080), (2, 8443), (7, 9000)];

fn port_for(id: u8) -> u16 {
    let port = 'lookup: {
        if id == 0 {
            break 'lookup;
        }
        for (key, p) in PORTS {
            if key == id {
                break 'lookup p;
            }
        }
        80
    };
    port
}

fn timeout_for(id: u8) -> u32 {
    let t = 'pick: {
        if id > 5 {
            break 'pick 30;
        }
        if id == 0 {
            break 'pick 5;
        }
        10
    };
    t
}

fn main() {
    println!("{} {}", port_for(2), timeout_for(7));
}
