// lints: dead_code
// A tiny text adventure driven by a fixed script of commands.
// Rooms and items are enums; the world state lives in a struct.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Room {
    Cellar,
    Hall,
    Library,
    Garden,
    Tower,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Lamp,
    Key,
    Book,
    Rope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    North,
    South,
    East,
    West,
    Up,
    Down,
}

#[derive(Debug, Clone, Copy)]
enum Command {
    Go(Dir),
    Take(Item),
    Drop(Item),
    Look,
    Inventory,
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Moved(Room),
    Blocked,
    Picked(Item),
    Dropped(Item),
    Nothing,
    Finished,
}

const MAX_ITEMS: usize = 4;
const NO_ITEM: u8 = 255;

struct Player {
    room: Room,
    carrying: [bool; MAX_ITEMS],
    moves: u32,
    score: i32,
}

struct World {
    // which room each item lies in (index by item number), None encoded as NO_ITEM owner
    item_room: [Room; MAX_ITEMS],
    item_here: [bool; MAX_ITEMS],
    tower_unlocked: bool,
}

fn item_index(item: Item) -> usize {
    match item {
        Item::Lamp => 0,
        Item::Key => 1,
        Item::Book => 2,
        Item::Rope => 3,
    }
}

fn item_name(item: Item) -> &'static str {
    match item {
        Item::Lamp => "a brass lamp",
        Item::Key => "an iron key",
        Item::Book => "a dusty book",
        Item::Rope => "a coil of rope",
    }
}

fn room_name(room: Room) -> &'static str {
    match room {
        Room::Cellar => "the damp cellar",
        Room::Hall => "the great hall",
        Room::Library => "the library",
        Room::Garden => "the overgrown garden",
        Room::Tower => "the top of the tower",
    }
}

fn neighbour(room: Room, dir: Dir) -> (bool, Room) {
    match (room, dir) {
        (Room::Cellar, Dir::Up) => (true, Room::Hall),
        (Room::Hall, Dir::Down) => (true, Room::Cellar),
        (Room::Hall, Dir::East) => (true, Room::Library),
        (Room::Library, Dir::West) => (true, Room::Hall),
        (Room::Hall, Dir::North) => (true, Room::Garden),
        (Room::Garden, Dir::South) => (true, Room::Hall),
        (Room::Garden, Dir::Up) => (true, Room::Tower),
        (Room::Tower, Dir::Down) => (true, Room::Garden),
        (r, _) => (false, r),
    }
}

impl Player {
    fn new() -> Player {
        Player { room: Room::Cellar, carrying: [false; MAX_ITEMS], moves: 0, score: 0 }
    }

    fn holds(&self, item: Item) -> bool {
        self.carrying[item_index(item)]
    }

    fn count(&self) -> usize {
        let mut n = 0;
        for c in self.carrying.iter() {
            if *c {
                n += 1;
            }
        }
        n
    }
}

impl World {
    fn new() -> World {
        World {
            item_room: [Room::Cellar, Room::Library, Room::Library, Room::Garden],
            item_here: [true; MAX_ITEMS],
            tower_unlocked: false,
        }
    }

    fn step(&mut self, p: &mut Player, cmd: Command) -> Outcome {
        p.moves += 1;
        match cmd {
            Command::Go(d) => {
                let (ok, next) = neighbour(p.room, d);
                if !ok {
                    return Outcome::Blocked;
                }
                if next == Room::Tower && !self.tower_unlocked {
                    if p.holds(Item::Key) && p.holds(Item::Rope) {
                        self.tower_unlocked = true;
                        p.score += 25;
                    } else {
                        return Outcome::Blocked;
                    }
                }
                if p.room == Room::Cellar && !p.holds(Item::Lamp) {
                    return Outcome::Blocked;
                }
                p.room = next;
                Outcome::Moved(next)
            }
            Command::Take(item) => {
                let i = item_index(item);
                if self.item_here[i] && self.item_room[i] == p.room {
                    self.item_here[i] = false;
                    p.carrying[i] = true;
                    p.score += 5;
                    Outcome::Picked(item)
                } else {
                    Outcome::Nothing
                }
            }
            Command::Drop(item) => {
                let i = item_index(item);
                if p.carrying[i] {
                    p.carrying[i] = false;
                    self.item_here[i] = true;
                    self.item_room[i] = p.room;
                    Outcome::Dropped(item)
                } else {
                    Outcome::Nothing
                }
            }
            Command::Look => {
                println!("You are in {}.", room_name(p.room));
                let all = [Item::Lamp, Item::Key, Item::Book, Item::Rope];
                for it in all {
                    let i = item_index(it);
                    if self.item_here[i] && self.item_room[i] == p.room {
                        println!("  You see {} here.", item_name(it));
                    }
                }
                Outcome::Nothing
            }
            Command::Inventory => {
                println!("You carry {} item(s).", p.count());
                Outcome::Nothing
            }
            Command::Quit => Outcome::Finished,
        }
    }
}

fn main() {
    let script = [
        Command::Look,
        Command::Take(Item::Lamp),
        Command::Go(Dir::Up),
        Command::Go(Dir::East),
        Command::Look,
        Command::Take(Item::Key),
        Command::Take(Item::Book),
        Command::Drop(Item::Book),
        Command::Go(Dir::West),
        Command::Go(Dir::North),
        Command::Take(Item::Rope),
        Command::Inventory,
        Command::Go(Dir::Up),
        Command::Look,
        Command::Quit,
        Command::Go(Dir::Down),
    ];
    let mut world = World::new();
    let mut player = Player::new();
    let mut blocked = 0;
    for cmd in script.iter() {
        let out = world.step(&mut player, *cmd);
        match out {
            Outcome::Moved(r) => println!("-> {}", room_name(r)),
            Outcome::Blocked => {
                blocked += 1;
                println!("You can't go that way.");
            }
            Outcome::Picked(i) => println!("Taken: {}", item_name(i)),
            Outcome::Dropped(i) => println!("Dropped: {}", item_name(i)),
            Outcome::Nothing => {}
            Outcome::Finished => break,
        }
    }
    println!("moves={} score={} blocked={}", player.moves, player.score, blocked);
}
