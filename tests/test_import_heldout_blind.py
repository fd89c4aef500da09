"""`warta import` on the blind held-out raw-text sets, tests/fixtures/import/heldout3 to heldout6 (issue 19),
each written by someone who saw neither the importer's rules nor the other sets, from page styles of outlets
the earlier sets do not name (heldout3: ANTARA wire copy, kumparan, CNN Indonesia, Tirto, a Republika opinion
column, IDN Times, Okezone, a WordPress tech blog, Kontan, Jubi, Bali Post, a provincial press release, a campus
news page, Hipwee, SINDOnews, Merdeka, VIVA; heldout4: a Jawa Pos business page, Bisnis.com from a text scraper,
Bola.com, GridOto's listicle, a health site's explainer with FAQ, NU Online's regional edition, Fimela,
Serambinews, Kaltim Post, Cenderawasih Pos, a police press page, a ministry press release, Metro TV's news site, a
WordPress tech blog, a Q&A interview, a photo story, a Media Indonesia opinion column; heldout5: CNBC Indonesia,
BeritaSatu, Suara Merdeka, Hipwee, Sonora.ID, InsertLive, RRI Mataram, Siwalima News with its WordPress comment
form, the Ministry of Agriculture, UNAIR News, a Substack newsletter, an Alinea.id interview, Infobanknews, a Skor.id
match report, DailySocial.id, VOA Indonesia, Riau Pos with Disqus, tvOnenews, Lampung Post, Pontianak Post). The
events and people are invented. Each was measured once before the rules were changed for it (the README gives those
first figures; heldout5 was measured blind twice, before and after issue 19's first generalisation pass); all four
have been development sets since (heldout4 since issue 19's generalisation pass, heldout5 since its second,
heldout6 -- Harian Haluan, Radar Banjarmasin, Manado Post, Malut Post, Timor Express, Medcom, Bloomberg Technoz,
Warta Ekonomi, Alodokter, Hukumonline, UGM, BMKG, a village site, GNFI, Magdalene, Inilah.com, BolaSport,
Muhammadiyah.or.id, Asumsi, Gizmologi; measured blind after the first and the second pass -- since its third).
No crash, each set's own soundness and, as development sets, the targets are asserted here; a new blind set
goes into BLIND, where only no crash and its soundness are asserted, until a pass is tuned to it: heldout7 (Kabar
Papua, NusaBali, KRjogja, Project Multatuli, Historia, MKRI, DPR, WALHI, TurnBackHoax, HIDUPKATOLIK, Mainbasket,
Sajian Sedap, IDX Channel, MSN, beritajatim AMP, Narasi live updates, Popbela, KAI Daop 8, Batam Pos, a
WordPress.com travel blog; measured blind before and after the third pass: its README; worked on for its
titles and dates and in issue 19's fourth pass, it stayed blind while its editor kept a fact-check's list of
sources that heldout6's drops) has been a development set since issue 19's twenty-second pass (a sources list
headed as the story's last section stays); heldout8 (Lombok Post,
KPK, Tabloid Bintang, AyoBandung, KabarBisnis, Goal's Liga 1 report, Femina, a Ghost blog, BPS, LINE Today,
Greenpeace, Hidayatullah, PSSI, era.id, Suara Surabaya, Disway, Radar Sulteng, Suara Papua, TVRI, Rumah123;
measured blind after the third pass and after the work on heldout7) has been a development set since issue 19's
fourth pass; heldout9 (DPRD Banyumas, PN Semarang,
Unhas, Damkar Depok, Basarnas Kendari, an HKBP church blog, Tebuireng, Bali TV, InfoSawit, a crypto blog, an esports
site, a Blogspot travel blog, Indonesiana, Harian SIB, KPU Makassar, Trubus, GeoTimes, an IDX disclosure, a Koran
Jakarta print view, a reader-mode copy; measured blind before and after the fourth pass) has been a development set
since issue 19's fifth pass; heldout10 (Bisnis Bali, Kaltimtoday, Kabar Timur, Seputar Papua, Tribratanews Polda
Papua Barat, Sehat Negeriku, RMOL, Poskota, Pop Hari Ini, Oto.com, PERSIB, RSUP Sardjito, a madrasah's site, a
LinkedIn article, a Telegram channel, Jaring.id, TIMES Banyuwangi, EmitenNews, BNPB, Gorontalo Post; measured
blind before and after the fifth pass) has been a development set since issue 19's sixth pass; heldout11 (Tribun
Timur, detikJateng, Radar Sorong, ANTARA Ambon, Kemendikbud, Polda Kalsel, RSHS Bandung, Arema FC, Whiteboard
Journal, Otomotifnet, Hello Sehat, Kompas.id, Warta Kota, Tabloid Nova, Kemenag, Tribun Papua, Radar Surabaya,
Pasardana, a regency's Facebook post, Ngopibareng; measured blind before and after the sixth pass) has been a
development set since issue 19's seventh pass; heldout12 (Balikpapan Pos, Kendari Pos, Victory News, Pasific Pos,
Ambon Ekspres, Universitas Cenderawasih, Kejati Sulsel, PLN UID Bali, Waspada, Sumeks, jatimnow's WhatsApp channel,
Jagat Review, Phinemo, AKURAT.CO, Stockbit Snips, MUI Digital, Bali United, Balairung Press, Diskominfo Kaltara,
SWA; measured blind before and after the seventh pass) has been a development set since issue 19's eighth pass;
heldout13 (Suara NTB, Harian Mercusuar, Cahaya Papua, Teras Maluku, PSM Makassar, Sekretariat Kabinet, Bank
Indonesia, Pertamina Patra Niaga, BPOM, Ombudsman Jawa Tengah, Gadgetren, Marketeers, HaiBunda, INDOSPORT,
Betahita, Dream, Dunia Energi, Universitas Udayana, Indonesia.travel, PGI; measured blind before and after the
eighth pass) has been a development set since issue 19's ninth pass; heldout14 (Tribun Kaltim, ZONASULTRA.ID, Inside
Lombok, Kieraha, Persipura, Lintas Papua, Mahkamah Agung, Pelindo Regional 4, Bareksa, KlikDokter, Tek.id, Elshinta,
BandungBergerak, KOMPAS.tv, jakarta.go.id, LDII, Radar Bali, Fortune Indonesia, Suara USU, Konde.co; measured blind
before and after the eighth pass and after the ninth) has been a development set since issue 19's tenth pass;
heldout16 (Halmahera Post, Odiyaiwuu, Radar Lombok, Kanal Kalimantan, Denpost, ASDP, GenPI.co, PinterPolitik,
brilio.net, Bawaslu Sleman, KPPU, BuddhaZine, Persita, Travelingyuk, Droidlime, Didaktika, ITS News, Pemprov Jawa
Tengah, a YouTube page's copy, an NGO's release forwarded by email; measured blind after the ninth and the tenth
pass) has been a development set since issue 19's eleventh pass; heldout17 (Banjarmasin Post, Pos Kupang, Salam
Papua, titastory.id, Madura United, Universitas Pattimura, Komisi Yudisial, Neraca, JalanTikus, Islami.co, Radar
Jogja, Malang Post, kaltimkece.id, Jurnas.com, Orami, SehatQ, Pemkot Surabaya, Pupuk Kaltim, KINCIR.com,
Terkini.id; written with heldout18 after the eleventh pass and measured blind before and after it) has been a
development set since issue 19's twelfth pass; heldout18 (Tribun Manado, Papua Pos, Radar Mandalika, Pos Kupang,
Posko Malut, Telkom, Kejaksaan Agung, Pemkab Sleman, RSUD Dr. Soetomo, an X thread, Remotivi's newsletter,
Carisinyal, Indonesia Kaya, Harian Terbit, Ekuatorial, Mix.co.id, PS Sleman, Islami.co, Universitas Brawijaya,
Jurnas.com; measured blind before and after the eleventh pass and after the twelfth) has been a development set
since issue 19's thirteenth pass; heldout19 (AJNN, Rakyat Bengkulu, Tanjungpinang Pos, Kalteng Pos, Radar Tarakan,
Radar Sulbar, Floresa, Rakyat Maluku, Radar Merauke, Indozone, Nusantara TV, JPNN, Sinar Tani, GoRiau AMP, Biro
Adpim NTT's WhatsApp forward, Radar Lampung on Threads, Universitas Andalas as PDF text, PSBS Biak, Bukit Asam,
Sinode GMIT; written with heldout20 after the twelfth pass and measured blind after the thirteenth) has been a
development set since issue 19's fourteenth pass. heldout15 (written with heldout16, measured blind after the
ninth, the tenth and the eleventh pass) is blind, and so was heldout20 (Kementerian PU's print view, Humas Polda NTT on Instagram, Pemprov Papua
Selatan, RSUP Wahidin Sudirohusodo, IPB University, Mahkamah Syar'iyah Aceh, KAI Commuter, PT Vale, Dompet Dhuafa,
Fimela, Satria Muda, Yangcanggih, NU Online, Kompasiana, Mojok, National Geographic Indonesia, The Conversation's
newsletter, a Liputan6 live blog, Solopos AMP, Bali Post over two pages), written with heldout19 after the twelfth
pass by two writers who saw neither the rules nor the other sets, and measured blind after the thirteenth and
the fourteenth (issue 19's sixteenth pass worked on it: all its sentences, 94.3 % of its junk, short of the
target); heldout20 has been a development set since issue 19's twenty-fourth pass (a print header with no comma
after its day, a "Daftarkan email ..." newsletter prompt: 95.3 % of its junk). heldout21 (Harian Singgalang, Rakyat Aceh, Babel Pos, KabarMedan, Banten Raya, Jabar
Ekspres, Harian Bhirawa, Radio Idola, Jogja TV, Beritabali, VOI, Investor.id, Mongabay, Intisari, RM.id, Harian
Jogja in a reader view, Fajar Bali by OCR, Metropolitan.id in an RSS reader, Batamnews in Google's AMP viewer,
Bintang Papua on archive.org) and heldout22 (Kaltim Post's print view, Insidepontianak AMP, Palu Ekspres,
BeritaManado's live blog, Ekora NTT, Beritabeta in a reader view, Papua60detik, Pemkab Raja Ampat, Polresta
Samarinda, Undana, KKP's release from its PDF, PELNI, WWF-Indonesia, PHDI Bali, PBSI, Radar Sampit's Facebook
page, a LinkedIn newsletter, Radar Bone's WhatsApp channel, TVRI Papua on YouTube, a KBR podcast page), written
together after the fifteenth pass and measured blind after the sixteenth, have been development sets since issue
19's seventeenth pass. heldout23 (Sumut Pos, Jambi Ekspres,
Palembang Pos, Radar Tasikmalaya, Murianews, Radar Madura, Pemkab Banyuwangi, a community radio on Merapi,
NusaBali, Infobanknews, Trubus, GridOto, Ayahbunda, Cinema Poetica, a Medium post, a Kaskus thread, Bank Nagari's
release from its Word file, Radar Cirebon in the BaBe app, jatimnow under a translation bar, Lampung Post's
Telegram channel) and heldout24 (Fajar, Harian Komentar, Pemkab Bima, Borneonews, Kodam XV/Pattimura, Polres
Jayawijaya, Flores Pos, Metrosulawesi, Pemprov Maluku Utara, PTUN Jakarta, BULOG, INDEF, RS Kanker Dharmais, KSPI,
Borneo FC's TikTok caption, Pikiran Rakyat under a phone's notifications, Katadata's email digest, Harian
Analisa's e-paper columns, Kalimantan Post in the BaBe app, an Instagram Reels caption) were written together after
the sixteenth pass and measured blind then and after the seventeenth; heldout23 has been a development set since
issue 19's eighteenth pass, and heldout24 has been a development set since issue 19's thirty-ninth pass (a
read-more label over the address it links to, an email digest's links to its stories).
heldout25 (Mistar, Lampung Geh, Jambi Independent, Kabar Priangan, Memorandum, Satelit News, LPM Manunggal,
Pemkab Klungkung, Balipuspanews, TrenAsia's print view, Sportstars, Alif.id, Farmasetika, Provoke!, Semen Padang's
release forwarded by email, Rolling Stone Indonesia in Instapaper, PRFM News in the Google News app, tatkala.co with
its listening player, PDAM Jayapura in a WhatsApp group, SatelitPost clipped to Notion) and heldout26 (apahabar,
Telisik, Totabuan, Kicknews AMP, VoxNtt, cermat, DPRD Kutai Kartanegara, BPBD Luwu Utara, Bawaslu Gorontalo,
Stasiun Meteorologi Maritim Bitung, KSOP Labuan Bajo, Wagadei on archive.today, Kabar Tanimbar on Google Sites,
Celebes TV's transcript, a cooperative's Word draft with comments, a Baubau Facebook group, Universitas
Mulawarman, BRIN's release by email, Museum Ullen Sentalu's print view, PII's interview), written together after
the seventeenth pass and measured blind then and after the eighteenth, have been development sets since issue 19's
nineteenth pass. heldout27 (Dialeksis, CAKAPLAH, ulasan.co,
Bengkulu Ekspress, Belitong Ekspres, Wawasan, Pemkab Temanggung, Desa Pujon Kidul, Lirboyo.net, SMA Negeri 1 Kebumen,
KapanLagi, KabarBursa, Law-Justice, TravelPlus Indonesia, Upeks in Opera Mini, DW Indonesia, BBC News Indonesia, a
Blogger repost of BANGSAONLINE, Nokenlive with its comments, Lokadata's plain-text newsletter) and heldout28
(Niaga.Asia, Benuanta, Sulselsatu, Media Alkhairaat, kawattimur, Nokenlive, indotimur, Prokopim Sumba Barat Daya,
Negeri Liang, a cathedral parish bulletin by OCR, UPBU Ende, Kemensos's release with its letterhead, Bank Kalbar,
RSUI's print view, BAZNAS, KPU Sumba Timur, a Bluesky thread, Kabar Banten's text-to-speech transcript, The Jakarta
Post translated by a browser, Persebaya's email newsletter), written together after the seventeenth pass with
dates in many formats, measured blind after the eighteenth and the nineteenth (the twentieth pass worked on
both and left them short: heldout27 on titles and dates, heldout28 on junk), have been development sets since
issue 19's twenty-first pass. heldout29 (Ditlantas Polda Sumut, RSUP
M. Djamil, PAL TV, Kupas Tuntas, Minggu Pagi, Swaragama FM, TangerangNews, DPRD NTB, Metrobali, Bimakini, Warstek,
Greeners, Gamebrott, Housing-Estate, a Padang Ekspres draft in Google Docs, Surabaya Pagi saved as text, Pojoksatu
in a forum thread, Jurnal Ruang as Kindle clippings, RiauOnline as a crawler's JSON record, BantenNews as a
media-monitoring CSV row) and heldout30 (Equator, Tabengan in Edge's Immersive Reader, SAPOS shared from its app,
Tirta Manggar, Kalimantan Review, Hulondalo by OCR of two columns, Palopo Pos, Luwuk Post, Kendari Ekspres, Komsos
Keuskupan Ruteng, SelatanIndonesia AMP, Dinas Pendidikan Maluku, Haliyora, Balai TN Wasur, Suluh Papua, BPK in an
Outlook forward, BNI's PDF press kit, ITB, Persija quoted on Discord, Wahana Visi Indonesia), written after the
nineteenth pass, are blind sets, measured after the twentieth (the twenty-first pass began on both and left
them short: one of heldout29's six lost sentences came back; the twenty-second brought back all the
others, and both stay short of the junk, title and date targets). heldout31 (MODUS ACEH, MedanBisnisDaily, Langgam,
Halloriau, metrojambi, Saibumi AMP, Duta in a reader view, Bangka Pos over two pages, Galamedia, sukabumiupdate,
Fakta Banten's print view, TATV, Himmah UII, PSIS, Kilasbali, BaleBengong, Tagar, Urbanasia, Kartini, Forum
Keadilan) and heldout32 (jejakrekam, Mata Banua, RUAI TV, selasar, inibalikpapan, Sulteng Raya, Sinode GMIM,
Dulohupa, Pemkab Gowa, Polres Manggarai Barat, Gaung NTB, digtara, Spektrum, Masjid Raya Al-Fatah, Sinode GKI di
Tanah Papua, Lensa Papua, Female Daily, Teknoia, IndoProgress, Tagar AMP), written after the twentieth pass as
ordinary news pages (the kind issue 19 names: copied or scraped articles, no unusual wrappers), were measured
blind after the twentieth and the twenty-first pass; heldout31 is still blind, and heldout32 has been a development
set since issue 19's twenty-second pass.
heldout33 (aceHTrend, Covesia, Bertuah Pos, Jamberita, bengkulutoday, Lampungpro, Sriwijaya FC, elaeis.co,
medanheadlines, Kabar6, Radar Bogor's print view, Joglosemarnews, LPM ARENA, blokBojonegoro, Dewata TV, Atnews, The
Iconomics, Tabloid Pulsa, Jitunews, Ummi Online) and heldout34 (KalbarOnline, klikkalsel, MMC Kalteng, Koran Kaltim,
SultraKini, Habari, Pemkab Wakatobi, NTBSatu, Lombok TV, KatongNTT, Dharapos, Sinode GPM, Brindonews, Radar Timika,
Polres Fakfak, Kabar Mapegaa, MerahPutih, Uzone, Harper's Bazaar Indonesia, a Blogger blog), ordinary news pages
written after the twenty-first pass, are blind: measured then and after the twenty-second.
heldout35 (portalsatu, Jurnal Asia, KlikPositif, Harian Momentum, Berita Pagi, kuninganmass, Lingkar Jateng,
Bernas, SURYA over two pages, Tugu Malang, baliportalnews, Global FM Lombok, Universitas Mataram, Persik Kediri,
PARBOABOA, TeropongSenayan, Tabloid NYATA, Esquire Indonesia, Vemale, WinPoin) and heldout36 (Kaili Post,
Zonautara, Herald Sulsel, Rakyat Sultra, Teraju, Palangka Ekspres, Polres Tabalong, Tepian TV, Korem 161/Wira
Sakti, Pemkab Alor, Berita Maluku Online, Linkpapua, Polres Mimika, Wahdah Islamiyah, INDOPOS, Cek&Ricek, Esquire
Indonesia, WinPoin, PanditFootball, Beautynesia), ordinary news pages written after the twenty-second pass, were
measured blind then; both have been development sets since issue 19's twenty-third pass (the writer's invitation
to comment, a paragraph of its own, stays; so does the source line of a box of figures inside the story).
heldout37 (Acehkini, Mimbar Umum, PSMS Medan, Sumbarkita, Sumselupdate, Radar Banten, Pasundan Ekspres, Jateng
Pos, Rasika FM, Radar Jember, Jarrak Pos, Undiksha, samawarea, Ekbis NTB, Aktual, AGRINA, Cosmopolitan Indonesia,
MakeMac, Cantika, Islampos) and heldout38 (Berau Post, Rakyat Kalbar, bakabar, Swara Kita, Berita Kota Makassar,
Parepos, Kendari TV, Polres Kolaka, Pemkab Kepulauan Sangihe, Sinode Gereja Toraja, Okebajo, Dispen Lantamal IX,
Maluku Post, Papua Inside, Netralnews, Nakita, Telset, Raket.id, Zetizen, Pesona Travel), ordinary news pages
written next, were measured blind after the twenty-second pass and the twenty-third; both have been development
sets since issue 19's twenty-fourth pass (a dateline's place of two words glued to a caption's credit stays with
the story; a place, the date and a counter set apart by wide gaps give the date; a Hijri date first without its
marks). heldout39 (HabaDaily, Harian Orbit, Kabarsumbar, Riaumandiri, GoKepri, Jejamo, BantenHits, Bogor Today,
haloSemarang, Andika FM, UNNES, PSIM Yogyakarta, Kabarnusa, Talikanews, InfoPublik, ELLE Indonesia, Dafunda,
Genie, BincangSyariah, Hybrid) and heldout40 (Prokal, Kalbarsatu, Banjar TV, Suluttoday, Kronologi, PB DDI,
Tegas.co, Nuansa Pos, NTTOnlinenow, Polres Rote Ndao, Lelemuku, Pemkab Kepulauan Aru, Koreri, Kodim 1705/Nabire,
Rilis.id, Tabloid Wanita Indonesia, Prestige Indonesia, Nextren, Superball, Wolipop), ordinary news pages written
after the twenty-third pass, were measured blind after it and after the twenty-fourth; they are blind.
heldout41 (LintasGAYO, Hetanews, Padangkita, Sinarlampung, Radar Semarang, Fokus Jabar, Timlo, KabarHandayani,
Nusadaily, Unsoed, Persiraja, Sumbawa News, balipolitika, Kiss 105 FM Medan, Indonesiainside, Tabloid MOTOR Plus,
DEWI, Kompiwin, Jurnal Perempuan, Herstory) and heldout42 (Presisi, Dayak News, Polres Ketapang, Mimoza TV, PB
As'adiyah, KarebaToraja, Pemkab Kepulauan Selayar, Mandar Pos, Sergap, Florespedia, Polres Buru, Molucca News,
Lanud Silas Papare, Tifa Papua, Pantau, Stylo.ID, Teknologi.id, Sportfeat, NYLON Indonesia, Tabloid Senior),
ordinary news pages written after the twenty-fourth pass, were measured blind after it and after the review of
its rules; heldout41 is blind, and heldout42 has been a development set since issue 19's twenty-fifth pass (a
listicle's closing question to its reader over its tags, a two-writer byline, a quoted headline over its speaker).
heldout43 (AtjehWatch, Mudanews, Topsatu, Batamtoday, Teraslampung, Cianjur Ekspres,
Radar Banyumas, Radar Madiun, UNS, Radio Retjo Buntung, Simamaung, Pos Bali, Unwar, Lomboktoday, Beritabaru,
LANGIT7, LesKompi, GADIS, CewekBanget, Tabloid AURA) and heldout44 (Khatulistiwa TV, Nomorsatukaltim, Barito Post,
Sinode GKE, Rakyatku, Hargo, Penasultra, Sultengnews, Pemkab Ngada, Garda Indonesia, Korem 152/Babullah,
porostimur, Polres Kepulauan Yapen, Papua Selatan Pos, Opsi, TAMBANG, Tabloid SOCCER, Nesabamedia, Womantalk,
PergiKuliner), written next, were measured blind after that review; both have been development sets since issue
19's twenty-sixth pass (a how-to's "klik tombol Reset" and the writer's "kami" beside its steps stay with the story;
a wrapped caption's first line is no headline; a relative time or a line of facts with a counter after it gives
the time). heldout45 (Universitas Syiah Kuala, MentawaiKita, Palembang Ekspres, Kirka, Harapan Rakyat, BorobudurNews,
Kabar Trenggalek, Geronimo FM, Persela Lamongan, EkonomiJateng, Balinesia, Baliberkarya, Bima Ekspres,
LombokJournal, Bergelora, Cita Cinta, Tabloid CITRA, ANGKASA, Lazone, Gadgetdiva) and heldout46 (Sintang Post,
Bontang Post, KawanuaNews, Bugis Pos, Polres Nunukan, Kodim 1707/Merauke, Pemkab Maluku Barat Daya, Sinode GKST,
Kupang TV, Cakrawala NTT, Nunusaku News, Gamalama Pos, nabire.net, Kapuasraya, Sinar Harapan, Tabloid Rumah,
Pricebook, Pelari.id, theAsianparent, TRAX), ordinary news pages written after the twenty-fourth pass's review,
were measured blind after the twenty-fifth and twenty-sixth; they are blind. heldout47 (Nukilan, Riauterkini,
Minangkabaunews, Duajurai, Beritamusi, Panturapost, Gudeg.net, Kediripedia, Universitas Jember, Radio Pas FM Pati,
Deltras FC, Tabloid Cempaka, Balitopnews, Rinjani News, Barisan.co, MATRA, Androbuntu, DokterSehat, CHIP Indonesia,
Marie Claire Indonesia) and heldout48 (Banjarhits, Pacific TV, Polres Tolitoli, Kodim 1503/Tual, Pemkab Mahakam
Ulu, Sinode GMIH, Deadline News, PIJARNEWS, BUTONMAGZ, Sumba Pos, Pelita Maluku, Tidore Pos, Papuakini, Mambruk
News, Portonews, Popmama, Tatler Indonesia, RancahPost, Tabloid Peluang, Sepakmula), written next, were measured
blind after the twenty-sixth pass and after the review of its rules; heldout48 is blind, and heldout47 has been a
development set since issue 19's twenty-seventh pass (a dateline's place glued to a credit's closing bracket stays
whole; "Name | 3 jam lalu" under a day-only date bar is the story's byline; a crawler's bracketed field labels go).
heldout49 (AnteroAceh, Starberita.com, minangsatu.com, Harian Vokal, Kajanglako.com, biem.co, Universitas
Pendidikan Indonesia, Serayunews, Semarangpos.com, Pacitanku.com, Prosalina FM, Persis Solo, patrolipost.com, Corong
Rakyat, Kedaipena.Com, Agro Indonesia, Auto Bild Indonesia, Grazia Indonesia, Inwepo, Mom & Kiddie) and heldout50
(Sketsa News, Kalteng Ekspres, Polres Bulungan, Korem 132/Tadulako, Makassar TV, Manado Today, Pemkab Buton Utara,
Tajuk Flores, Polres Belu, Tabaos.id, Kabar Halmahera, Reportase Papua, Pemkab Asmat, Keuskupan Agung Merauke,
Obsession News, Plazakamera, Tabloid Reformata, Volimania, Vogue Indonesia, Nibble), written next, were measured
blind after the twenty-seventh pass; both have been development sets since issue 19's twenty-eighth pass ("lainnya"
of a how-to's other thing is no site's list of others; a spec sheet's labelled row is no player bar; an outlet's
note on its reporters' press cards, a greeting banner and its senders, an enlarge button go; "Ditulis oleh
<name> | Diterbitkan <date>" is a byline and a date).
heldout51 (Infoaceh.net, Sumut24, sumbarsatu.com, Linggau Pos, Universitas Bengkulu, Depok Pos, Magelang
Ekspres, Unisi FM, Radar Tulungagung, Persijap Jepara, Tangsel Pos, Bali Travel News, HarianNusa.com, Kahaba.net,
Cyberthreat.id, InfoKomputer, iDEA Online, Gaya Hidup Sehat, Mata Indonesia, Kelas Excel) and heldout52 (Beritasampit,
Sangatta Post, Gopos.id, Sulbar Express, Polres Sinjai, Palu TV, Sinode GMIBM, Pemkab Manggarai Timur, Timor Daily,
Seram Pos, Sentral Timur, Kodim 1710/Mimika, Topik Papua, Papua Bangkit, Sudutpandang.id, Parenting Indonesia,
Techdaily.id, Pitimoss, Tabloid Gaya Hidup Sehat, Warning Magazine), written next, were measured blind after the
review of the twenty-seventh pass; heldout52 is blind, and heldout51 has been a development set since issue 19's
twenty-ninth pass (the writer's closing question and the call to comment right after it stay; a subheading under
related links whose section's first two paragraphs say its words stays; "Dipublikasikan <date> · <poster>" is the
date).
heldout53 (Kanal Aceh, Posmetro Medan, Classy FM, Universitas Riau, Wowbabel.com, Radar Palembang, Banten
Pos, Jurnal Soreang, Radar Kudus, Gresik United, Lenteratoday, Balikini.net, Jambiseru.com, Berita11.com, Arah.com,
Gadgetsquad, Casa Indonesia, Aneka Yess!, IBTimes.ID, Diadona) and heldout54 (Media Kalimantan, Kaltim Faktual,
Pemkab Kapuas Hulu, Rakyat Sulsel, Barakati.id, DPP IMMIM, Lentera Sultra, Polres Sikka, Flobamora News, Maluku TV,
Kora-Kora Pos, Korem 172/PWY, Wene News, Pemkab Teluk Bintuni, Telusur.co.id, Sinpo.id, Tabloid STRIKER, NOOR,
RuangLaptop, Teman Jalan), written next, were measured blind after the review of the twenty-seventh pass and after
the twenty-eighth; heldout53 is blind, and heldout54 has been a development set since issue 19's twenty-ninth pass
(a list under check and cross marks is a list, no widget; "Ditulis oleh <name> · 3 jam lalu" is the byline; a view
count before "Tayang <date>", a date's time cut by the wrap, items whose numbers the copy lost, a headline under
the path to the page).
heldout55 (Beritakini.co, Berita Sore, Universitas Jambi, PSPS Pekanbaru, Kabar Sumatera, Saudagar Minang,
Radio Dakta 107 FM, GarutNews.id, Sorot Gunungkidul, Jawa Pos Radar Mojokerto, Koran Madura, Balisaja.com, Kabar
Dewata, Sasambo News, Monitor Indonesia, Men's Health Indonesia, HiTekno.com, Greatmind, Bobo.id, Duniaku) and
heldout56 (Swara Kaltim, Koranbanjar.net, Polres Kotawaringin Barat, Baubau Post, Pondok Pesantren Darul Istiqamah,
Manado TV, Banggai Raya, Alor Pos, Lembata News, Harian Info Baru, halmaheraraya.id, Kodim 1802/Sorong, Pemkab
Tambrauw, Sentani Pos, Rumah Pemilu, Seword, Unbox.id, Sportourism.id, Paras, Tabloid Wisata), written next, were
measured blind after the twenty-eighth pass and after the twenty-ninth; heldout55 is blind, and heldout56 has been a
development set since issue 19's thirtieth pass (the writer's closing question alone over a labelled rating row
stays).
heldout57 (Metro Siantar, Rakyat Sumbar, jambione.com, Pedoman Bengkulu, Mantra Sukabumi, Universitas
Padjadjaran, Ardan Radio, Koran Muria, Madiunpos.com, Memontum, PSCS Cilacap, Kebumen Ekspres, Suluh Bali, Lombok
Insider, Harian Nasional, Tabloid Gaul, Her World Indonesia, Kompiajaib, Kawanku, Eramuslim) and heldout58 (Kapuas
Post, Polres Paser, Pemkab Tanah Bumbu, Nyiur Pos, Toraja TV, Kodam XIV/Hasanuddin, Muna Pos, Sinode GMIST, Kabar
Lamaholot, Sasando Pos, Kei Pos, Jailolo Pos, Lembah Baliem News, Kaimana Pos, Nusakini.com, Tabloid Otomotif,
Tamasya, Teknojurnal, Ruang Ganti, WowKeren), written next, were measured blind after the review of the
twenty-eighth pass and after the twenty-ninth; both have been development sets since issue 19's thirtieth pass (a
last paragraph closed by the paper's asterisks or by the page's own code in brackets stays; so does a story's
advice to turn on someone else's notifications).
heldout59 (KBA.ONE, Medan Pos, Jambi Link, Dagang Lampung, PadangToday, TangerangEkspres.id, Persikabo 1973,
Betanews.id, Jogjadaily.com, Gema Surya FM, WartaBromo, Wartabali.com, ISI Bali, Postbima.com, Independensi.com,
Inakoran.com, Tabloid Komputek, Majalah Gontor, Mobitekno, bacaterus) and heldout60 (Katakaltim, Humas Polres
Malinau, Singkawang Pos, Pedoman Rakyat, Pemkab Pohuwato, Penerangan Korem 143/Haluoleo, Rakyat NTT, Lontar Pos,
Manguni Pos, Keuskupan Amboina, Saniri News, Ternate Pos, Jagapapua, Sorong TV, Nusantaranews.co, Tabloid
Prioritas, Teknogav, Umpan Silang, Wego Indonesia, Sabili), written next, were measured blind after the thirtieth
pass: every sentence kept; both have been development sets since issue 19's thirty-first pass (a page's clock or
date bar above the headline, a score box's kick-off, an update before the published date, a writer's profile box
and a price ticker over the headline no longer give the date or the title).
heldout61 (Acehsatu.com, Tapanuli Pos, Detak Riau, Pagaralam Pos, Pos Belitung, Madani FM, Radar Tegal, Harian
Merapi, Radar Jombang, Universitas Negeri Yogyakarta, Persibo Bojonegoro, Tabloid Tokoh, Kabar Buleleng, Dompu
Ekspres, Celebrities.id, Hops.ID, Eksekutif, HAI, Lifepal, Gawaiku.id) and heldout62 (Intan Pos, Kahayan Pos, Kaltara
News, Pemkab Hulu Sungai Utara, Luwu Raya Pos, Humas Polres Bantaeng, Bolmong TV, Keuskupan Manado, Manggarai Pos,
Atambua Today, Penerangan Kodim 1504/Ambon, Morotai Pos, Biak Pos, Merauke Kini, SatuHarapan.com, Tabloid Ponsel,
Reader's Digest Indonesia, Sobat Gawai, Tiang Gawang, Nyonya Hemat), written next, were measured blind after the
review of the thirtieth pass and again after the thirty-first; heldout64 (Landak Pos, Penerangan Kodim 1013/Muara
Teweh, Tarakan TV, Pemkab Tapin, Humas Polres Boalemo, Kabar Poso, DMI Sulawesi Tenggara, Polewali Pos, Nagekeo
Pos, Kabar Sabu, Buru Ekspres, Lanal Ternate, Fakfak Pos, Mappi News, Nalar Politik, Tabloid Sehati, Prevention
Indonesia, Upstation, Tepi Lapangan, Sahabat Dapur) after the thirty-first pass and the guard for story
sentences; heldout61 and heldout62 have been development sets since issue 19's thirty-second pass (the writer's
closing questions to the reader right under the story stay), heldout64 is blind. heldout63 (Metro Tabagsel, Universitas Malikussaleh, OKU Ekspres, Gurindam12,
Jambiupdate.co, Bengkulu Interaktif, Purwakarta Post, Portal Jember, Purbalingga News, Persiba Bantul, Genta FM,
Jurnal Bali, Selaparang Pos, Cilegon Pos, Asiatoday.id, Kabar24, Koki, DestinAsian Indonesia, Maxmanroe, Dekoruma),
written with heldout64, was measured blind after the thirty-first pass and the guard: every target met; it is blind.
heldout65 (Atjehpost, KabarNias.com, GagasanRiau.com, Prabumulih Pos, Rakyat Pos, Sumedang Ekspres,
Jatengtoday.com, LumajangSatu.com, Mersi FM, Dewa United FC, Koran Juri, Politeknik Negeri Bali, Garda Asakota,
Universitas Hamzanwadi, Beritagar.id, Cinemags, Doran Gadget, Halodoc, INDUSTRY.co.id, Jakartabeat) and heldout66
(Melawi Pos, Humas Polres Katingan, Kutim TV, Pemkab Balangan, Konawe Pos, Kodim 1425/Jeneponto, Komsos Keuskupan
Agung Makassar, Talaud Pos, Sumba Ekspres, Lease Pos, Humas Polres Halmahera Utara, Keerom Pos, Pemkab Supiori,
Mansinam News, Realitas.id, Tabloid Samudra, Ombak, RakitPC.id, Takrawnesia, Sahabat Anabul), written next, were
measured blind after the thirty-first pass and the guard: every sentence kept; heldout65 is blind, heldout66 has
been a development set since issue 19's thirty-third pass (the headline over its header over the story's datelined
paragraph, not a weather bar, a ticker or a portal's name in capitals).
heldout67 (Gema Aceh, Dairi Pers, Valora News, Riau24, Lahat Pos, Lampung Ekspres, Radar Karawang, Radar
Pekalongan, Radar Kediri, Radio Mara, Universitas Siliwangi, PSDS Deli Serdang, Pemkab Jembrana, Koran Mataram,
LensaIndonesia.com, Hidayah, Flona, Dianisa.com, KotakGame, MasakApaHariIni.com) and heldout68 (Kutai Pos, Sanggau
Pos, Humas Polres Sekadau, Lanud Sam Ratulangi, Sultra TV, Kabar Mamasa, Parigi Pos, Pemkab Sumba Tengah, Kabar
Rote, Komsos Keuskupan Timika, Sula News, Kabar Banda, Yahukimo Pos, Wondama Pos, Telegraf, Tabloid Nirmala,
Pelesir, Zona Gadget, Paddock Kita, Waktu Luang), written next, were measured blind after the review of the
thirty-first pass and the guard and again after the thirty-second pass; heldout67 (the writer's closing question
and call to comment on lines of their own stay) and heldout68 have been development sets since issue 19's
thirty-third pass.
heldout69 (Metro Asahan, Karimun Pos, Bungo Pos, Lahat Pos, Universitas Sultan Ageng Tirtayasa, Radar Kediri,
Kabar Cirebon, Kencana FM, PSKC Cimahi, Cuan Jatim, Kabar Pekalongan, Ngawi Today, Jembrana Pos, Lotim Pos,
LensaIndonesia.com, KotakGame, bukareview, Majalah ASRI, Fantasi, KulinerKita) and heldout70 (Kayong Pos, Humas
Polres Tanah Laut, Mahakam TV, Tana Tidung News, Ajatappareng Pos, Morowali Pos, Bombana News, Minut Pos, Soe Pos,
Pemkab Buru Selatan, Bacan News, Digoel Pos, Penerangan Kodam XVIII/Kasuari, Badan Pelayan Pusat GIDI,
Pilarkabar.com, Sekar, Tabloid Saji, Ulasgawai, Sudut Lapangan, Zigi), written next, were measured blind after the
thirty-second pass: every target met; they are blind.
heldout71 (Medan Bisnis, Sumsel Update, Radar Sukabumi, Serang News, Radar Bekasi, Tribun Jogja, Radar Solo,
Radar Malang, Bali Tribune, Bimakini, Gerbang NTB, Radio Sipatahunan, Universitas Negeri Surabaya, Persiku Kudus,
Froyonion, Forbes Indonesia, MacPoin, Bisnis Muda, Infobrand.id, Tabloid Diplomasi) and heldout72 (Bengkayang
Ekspres, Kotabaru Pos, Humas Polres Kutai Barat, Pemkab Lamandau, Bulukumba Ekspres, Amurang Pos, Kodim
1304/Gorontalo, Mamuju TV, Kefa Pos, Pemkab Flores Timur, Piru Ekspres, Weda Pos, Sinode KINGMI, Sarmi Pos,
Tilik.id, Tabloid Jelita, Ragam Rasa, Rekan Tekno, Smash Indonesia, Nona Urban), written next, were measured blind
after the review of the thirty-second and thirty-third passes: 71 met every target, 72 lost two sentences and
removed 94.0 % of its junk; heldout71 is blind; heldout72 has been a development set since issue 19's thirty-fourth
pass (a caption's credit glued to a dateline whose outlet is the place's initials, a unit's code closing the last
paragraph, comments under their count, a summary box above a title-case dateline with its outlet).
heldout73 (Tamiang Ekspres, Kabar Toba, Ranah FM, Dumai Pos, Serasan News, Lebak Ekspres, Radar Indramayu,
Universitas Tidar, OlahragaJatim.id, Kabar Situbondo, Blitar Raya, Bangli Pos, Karangasem Today, Dayan Gunung Pos,
Nusaraya.id, Tabloid Selera, Ritme, Ngulik Tekno, Singgah, Opini Publik) and heldout74 (Seruyan Pos, Penajam
Terkini, Batola News, MAKIN Kota Singkawang, Sitaro News, Togean Pos, Pinrang Ekspres, Humas Polres Luwu Timur,
Pemkab Malaka, Komodo TV, Dobo Ekspres, Sofifi Pos, Waisai News, Penerangan Korem 174/ATW, Kilat Warta, Jelajah
Tekno, Gelanggang.id, Citarasa, Kabar Keluarga, Lintas Alam), written next, were measured blind on the same
importer: 73 met every target, 74 kept every sentence and removed 94.1 % of its junk; heldout73 is blind; heldout74
has been a development set since issue 19's thirty-fifth pass (a review box of pros and cons marked + and -, an
affiliate note of two sentences, an interview's print-edition note, links to the previous and next article, a
standfirst hard-wrapped above the byline and the dateline, a greeting framed by rules as an advertisement, the
site's name and tagline repeated in an app prompt).
heldout75 (Pasai Post, Karo Kini, Arbes FM, Niaga Melayu, Banyuasin Pos, Radar Majalengka, Salatiga Kita,
Universitas Negeri Malang, Tapal Kuda Sport, Bantul Hari Ini, Gumi Bali, Tabanan Pos, Samawa Pos, Sasak Today, Kabar
Negeri, Kinerja, Basis, Layar Sentuh, Langkah Kecil, Fokus Nasional) and heldout76 (Kubu Raya Pos, Pemkab Gunung
Mas, Humas Polres Kutai Kartanegara, Massenrempulu Pos, Kabar Majene, Sinode GPID, Kabar Wawonii, Flores TV, Ende
Pos, Nusa Ina Pos, Kabar Haltim, Penerangan Korem 173/PVB, Meepago News, Maybrat Pos, Siasat.id, Tabloid Guru,
Piksel.id, Ronde Sembilan, Vakansi, Senggang), written next, were measured blind after the thirty-fourth pass: each
lost subheadings right under an ad's label or a read-more link (75 two, 76 one); heldout75 and heldout76 have been
development sets since issue 19's thirty-sixth pass (a subheading under an ad's mark in title case or underlined
with dashes, two writers after "oleh", a labelled date with its colon and writer, a weather reading beside the
page's date, a unit's end mark that an editor's or a source's field names, a cut teaser of the story, the links
to the previous and next stories).
heldout77 (Harian Nanggroe, Kabar Labuhanbatu, Sikambang FM, Tembilahan Pos, Universitas Sriwijaya, Lampung
Ekonomi, Pandeglang Pos, Radar Garut, Harian Wonogiri, MaduraSport.id, Menoreh Pos, Gianyar Pos, Kabar Badung, Kabar
Taliwang, Wicara.id, Tabloid Otonomi, Pintasan.id, Tumbuh Kembang, Ruang Tulis, Pusaka) and heldout78 (Harian
Sambas, Pemkab Pulang Pisau, Beranda Perbatasan, Pasangkayu Ekspres, Tomini TV, Soppeng Pos, Kabar Boltim, Sinode
GKS, Penerangan Lanud El Tari, Bajawa Pos, Taliabu Post, Tual Ekspres, Humas Polres Waropen, Karubaga Pos, Lugas.id,
Karier, Majalah Kriya, Colokan.id, Bidak.id, Akhir Pekan), written next, were measured blind after the
thirty-fourth pass and its titles: both kept every sentence, 77 met every target, 78 got 16 titles (two skip links
"Lewati ke konten" among them); heldout77 is blind; heldout78 has been a development set since issue 19's titles of
the thirty-fifth pass (skip links and arrowed links are no headline, a category or an office under the date in the
headline's header, a headline wrapped over its deck).
heldout79 (Harian Aceh, Batak Pos, Universitas Negeri Padang, Kampar Kini, Natuna Pos, Muba Pos, MQFM Bandung,
Radar Tuban, Kabar Rembang, Persekat Tegal, Bali Kini, Bali Ekonomi, Radar Sumbawa, Lombok Kini, Cendana News,
IndoTelko, Kelana, Dunia Gawai, Kamar Kos, Kopi Kini) and heldout80 (Mempawah Ekspres, Buntok Pos, Grogot Pos, Bone
TV, Humas Polres Buol, Lasusua Pos, Takalar Ekspres, Ratahan Pos, Kabar Adonara, Komsos Keuskupan Agung Ende, Galela
Pos, Pemkab Seram Bagian Timur, Oksibil Pos, Dispen Koarmada III, Paradigma.id, Tabloid Mancing, Peron, Tekan Enter,
Pantul.id, Setapak), written next, were measured blind after the thirty-sixth pass: both kept every sentence and
met every target; they are blind.
heldout81 (Prohaba, Kabar Asahan, Singkarak Pos, Bengkalis Ekspres, Silampari Pos, Bengkulu Today, Satelit Post,
Wonosobo Ekspres, UIN Walisongo, Radio Kota Santri FM, Sportif Ciamis, Bumi Gora Bisnis, Amlapura Post, Tanjung Pos,
Otomania, Prambors, TopSkor, Ulasan Pilem, Winnetnews, Teknoyo) and heldout82 (Kabar Mahulu, Humas Polres Murung
Raya, Kandangan Pos, Pangkep TV, Penerangan Kodim 1408/Makassar, BolselToday.com, Oelamasi News, Kabar Lembor,
Pimpinan Wilayah 'Aisyiyah Maluku, Kairatu News, Halbar News, Tribrata News Polres Intan Jaya, Yalimo Pos, Mamberamo
Pos, Kabar Ibukota, Lampu Hijau, Majalah Aksara, Bolaskor.com, Kabel Data, Gaya Rumahan), written next, were measured
blind after the titles of the thirty-fifth pass: both kept every sentence, 82 met every target, 81 removed 93.0 % of
its junk; heldout82 is blind, heldout81 has been a development set since issue 19's thirty-ninth pass (a related link
behind guillemets or under another verb, a review's pros and cons beside its score).
heldout83 (Samosir Pos, Rohul Ekspres, Klik Pessel, Suara Kerinci, OKI Ekspres, Radio Gema Way Kanan, Universitas
Trunojoyo Madura, Brebes Terkini, Kabar Blora, semarangbisnis.com, Sleman Sport, Seririt Post, Kabar Sumbawa, Sekotong
News, Bola Nusantara, Deliknews.com, Jagoan Tekno, Gaya Nusantara, Majalah Inspirasi, LensaGadget.id) and heldout84
(Kabar Barito Timur, Penerangan Kodim 1011/Kuala Kapuas, Tribrata News Polres Deiyai, Sidrap TV, Komsos Keuskupan
Manokwari-Sorong, Wonreli Pos, LannyJayaNews.com, SuwawaPos.id, RahaPos.com, Ampana Pos, Pemkab Timor Tengah Utara,
BulaPos.com, Barabai Pos, BorongPos.com, NusantaraKini.com, Oase Gaya, Peluit Panjang, ResensiGawai, Sepeda Kita,
Tabloid Rasa Nusantara), written next, were measured blind after the tidy of the twin rules: 83 kept every sentence
and got 17 titles and 17 dates, 84 lost one sentence and met the other targets; heldout83 has been a development
set since issue 19's titles of the thirty-sixth pass (a wrapped headline's end that reads as a name over a labelled
byline, a match box's score and scorers, a site's notice to its reader and its name and tagline named by its
copyright notice, a calendar's bar giving a later day, a date bar's day taking the time given that day, a magazine's
edition line), heldout84 since its thirty-seventh pass (the writer's closing wish over a newsletter's box, a share
label alone, an affiliate's link sending the reader "here", the print edition's notes and offers).
heldout85 (NaganRayaNews.com, Ombilin Pos, Meranti Pos, Mukomuko Ekspres, Empat Lawang Ekspres, Tulang Bawang Pos,
Universitas Bangka Belitung, Radio Kenari FM, Sampang Pos, Laga Sumbar, KursJatim.com, Buletin Sanur, Sembalun Pos,
Anambas Pos, Nyala, Portal Sains, Obeng Digital, Sisi Lain, Warung Tekno, Telaah) and heldout86 (Sukamara Pos, Kayan
TV, Penerangan Kodam XII/Tanjungpura, Humas Polres Puncak Jaya, Batauga Pos, Polman Terkini, Pemkab Banggai Laut,
Sinode GKSS, Waingapu Kini, Ruteng Today, Elat Ekspres, Obi Pos, Moanemani News, Tilamuta Pos, Lintas Nusa, Kabar
Gadget, Dailysia, Garis Finis, Gaya Kota, Mobil Kita), written next, were measured blind after 83 and 84 were
registered: 85 kept every sentence and removed 93.8 % of its junk, 86 lost one sentence (an opinion writer's
profile line its writer kept) and met the other targets; heldout86 is blind, heldout85 has been a development set
since issue 19's thirty-ninth pass (a review's signed pros and cons under its score).
heldout87 (Pidie Kini, Simalungun Pos, Gocekan Medan, Kuansing Terkini, Wong Kito Bisnis, Tanggamus Ekspres, Politeknik
Negeri Lampung, AnyerKini.com, Kendal Ekspres, Radio Bintang Ijen FM, Kabar Probolinggo, Klungkung Kini, Lombok Utara
Today, Dompu Kini, Bilik Berita, Catatan Kopi, Kabar Dapur, Layar Kaca, Almanak, JurnalGadget) and heldout88
(Ketapang Ekspres, Tabalong Pos, Malinau Pos, Kolaka Pos, Wakatobi Pos, Kabar Tondano, Humas Polres Wajo, Bitung TV,
Sinode GPM, Saumlaki Pos, Kabar Asmat, Penerangan Kodim 1709/Yawa, Pemerintah Kabupaten Mappi, Atambua Pos, Otosia,
Pojok Kamera, RumahGadget, Sportku, Ruang Dapur, Ulas Sinema), written next, were measured blind after 85 and 86 were
registered: 87 met every target, 88 lost one sentence (a lede under a photo credit glued to its dateline) and met
the other targets; heldout87 has been a development set since issue 19's titles of the thirty-seventh pass (an
interview's byline, "Wawancara oleh <name>", under its headline), heldout88 since its thirty-eighth pass (a credit
spelling out the outlet a dateline gives by its initials, glued to the place; a unit's end mark named by the page's
copyright line or a line of the page reading just it).
heldout89 (Universitas Teuku Umar, Sibolga Kini, Dharmasraya Pos, Pelalawan Terkini, Kaur Pos, Mesuji Today, Kabar
Demak, Grobogan Ekspres, Suara Giri FM, Nganjuk Sport, Cilacap Bisnis, Boyolali Terkini, Canggu Post, Kabar Gerung,
Nadi Bangsa, Perspektif, Rona, Tekno Saku, Warta Pekan, Zona Gawai) and heldout90 (Sendawar Pos, Lamandau Ekspres,
Humas Polres Kapuas Hulu, Banawa Pos, BorokoNews.id, Luwu TV, Pemerintah Kabupaten Nagekeo, Pantar Pos, WahaiPos.com,
Daruba Today, Majelis Muslim Papua, Teminabuan News, Penerangan Kodim 1701/Jayapura, Sentani Ekspres, Derap.id,
Akuaria, Lanskap, Manis Pahit, Baterai Penuh, Babak Kedua), written next, were measured blind after 87 and 88 were
registered: both kept every sentence and met every target; they are blind.
heldout91 (Pelita Sumsel, Prokabar, Sumbar Today, Babel Insight, Duta Lampung, Universitas Maritim Raja Ali Haji,
klikjatim.com, Kabar Jombang, Radio Kota Batik, Perserang Serang, KanalBali, Bali Ekbis, Mataram Post, Pena NTB,
Jakartasatu.com, CekAja.com, Boombastis.com, Gamelab Indonesia, Mommies Daily, Duniafintech) and heldout92 (Kasipute
Pos, Parimo Today, Humas Polres Tapin, Penerangan Korem 121/Alambhana Wanawai, Pemkab Pegunungan Arfak, Banda Neira
Pos, Kabar Ilaga, Sulteng TV, PWNU Sulawesi Selatan, Aimere Pos, Tobadak Pos, Kenyam Pos, Tenggarong Kini, Kabar Sula,
Nikmat Rasa, Obrolan Gadget, Pinggir Lapangan, Vibrasi, Warna Hidup, Ufuk.id), written next, were measured blind
after 89 and 90 were registered: both kept every sentence, 91 met every target, 92 removed 94.8 % of its junk and got
17 titles; 91 is blind, heldout92 has been a development set since issue 19's titles of the thirty-eighth pass (a
site's name in capitals with its tagline in lower case read as a dateline, a headline with a colon over its byline,
date and reading time taken for a form's field, a prayer-times bar read as a path, the site's long name above its
menu).
heldout93 (Gayo Lues Kini, Rengat Pos, Solok Terkini, Sarolangunkini.id, Radio Kalianda 98.7 FM, Kabar Cilegon,
Universitas Islam Riau, Kebumen Terkini, Kabarjuwana.com, Madiun Ekonomi, Sumenep Sport, Jembrana Kini, Selong Today,
Kabar Mbojo, Nusa Daily, Teknoria, Varia Gaya, Tabloid Santap, Zamrud, Sudut Pandang) and heldout94 (Pulau Laut News,
Sekadau Ekspres, Kabar Malili, Nunukan TV, Penerangan Kodim 1627/Rote Ndao, Humas Polres Kepulauan Aru, Pemerintah
Kabupaten Lembata, Komsos Keuskupan Weetebula, Serui Ekspres, Bintuni News, Kabar Halsel, Paser Kini, Sultra Kini,
Kabar Keerom, Her World Indonesia, Dewiku, Matamata, Motorplus, Droidpoin, Football Tribe Indonesia), written next,
were measured blind after 91 and 92 were registered: both kept every sentence and met every target. heldout93 and
heldout94 have been development sets since issue 19's titles of the thirty-ninth pass (the newsroom's staff byline
over the date taken for a live blog's headline, "Diperbarui <time>" for its writer; a post's line of facts closed by
its category, a byline with bare reading-time and comment counters), and of its fortieth pass (a line-up's box, a
price board's row, a live page's reload note).
heldout95 (Simeulue Pos, Nias Bangkit, Luak Limopuluah, Karimun Kini, Belitung Ekspres, Suara Pringsewu, Universitas
Muhammadiyah Bengkulu, Radio Suara Cianjur, Purbalingga Kini, Handayani Pos, Lamongan Sport, Gresik Bisnis, Singaraja
Kini, Praya Terkini, Arena Sepekan, Majalah Griya, Cerita Gawai, Dapur Ibu, Lensa Publik, Gaya Pekan) and heldout96
(Landak Ekspres, Humas Polres Balangan, Benuotaka.news, Bolmut Terkini, Penerangan Kodim 1420/Sidrap, Selayar TV,
Labungkari Pos, Komsos Keuskupan Agung Kupang, Tana Ai Pos, Leksula Pos, Seram Raya News, Dekai Pos, Misool News,
Pemerintah Kabupaten Kotawaringin Timur, Otak Atik Gadget, Sirkuit.id, Wajah Kota, Rumah Ide, Umpan Lambung, Tabloid
Ternak Kita), written next, were measured blind after 93 and 94 were registered and the thirty-ninth pass and the
titles of the thirty-eighth were merged: 96 kept every sentence and met every target; 95 lost one whole story (ten
sentences: a wrapped page between two rules of dashes) and removed 94.5 % of its junk; both have been development
sets since issue 19's fortieth pass (a story between rules kept whole: a hard-wrapped first paragraph closes the
search for a headline in the page's path, and no story prose above a headline taken below the whole story is
header; a line-up's box goes).
heldout97 (Peureulak Pos, SipirokToday.com, Kabar Kuala Tungkal, Radio Rafflesia 95.3 FM, Politeknik Negeri Padang,
Rangkasbitung Pos, Sragen Sport, Batang Ekonomi, Lawu Pos, Wates Today, Sabana Jabar, Nusa Penida News, Ubud Pagi,
Narmada Pos, Verbatim.id, Wanodya, Senandika, qwerty.id, Tuts.id, Rehat) and heldout98 (Pelaihari Pos, Kabar Tarakan,
Humas Polres Berau, Penerangan Kodim 1208/Sambas, Towuti Pos, Minahasa TV, Pemkab Konawe Utara, Sinode Gepsultra,
Kabar Sikka, EndeEkspres.com, Tobelo Today, Tanimbar Ekspres, Nabire Ekspres, Waigeo Pos, Bidik Layar, Gawai Lokal,
Lari Santai, Dentum.id, Majalah Estetika, Jalan Hemat), written next, were measured blind after the fortieth pass and
the titles of the thirty-ninth: 97 kept every sentence and met every target; 98 lost two (a travel blogger's closing
question to the readers) and got 19 titles; they are blind. Issue 19's forty-first pass took heldout98, heldout64
(one sentence short: a subheading right under a box of related headlines) and heldout86 (one short: a columnist's
bio its editor kept, where thirty-six other sets' editors take such bios out) as development sets, fixing their losses
as classes (a closing question with the reader unnamed, a subheading whose section says three of its words): 98 and
64 meet every target and are held to them; 86 stays blind, its bio left to the author's-bio rule.
heldout99 (Sinabang Pos, Tanjungpinang Kini, Ranai Hari Ini, Ternate Satu, Politeknik Negeri Kupang, Sampit
Ekspres, Tadulako Sport, Samarinda Bisnis, Swara Tabanan FM, Vogelkop TV, Waingapu Pos, Tegal Raya, Sorot Timur,
Teras Borneo, Sekayu Pos, Rinjani Kini, Ragam Hidup, Ngoprek Santai, Pemkab Kepulauan Yapen, Suara Boalemo) and
heldout100 (Bireuen Ekspres, Dumai Hari Ini, Kabar Mentawai, Lintas Belitung, Kabar Sampit, Arena Banua, Bontang
Terkini, Mamuju Ekspres, Gerbang Gorontalo, Institut Teknologi Kalimantan, Gelombang Sumbawa, Labuan Bajo Kini, DKP
Maluku Utara, Kabar Leitimor, Fakfak Terkini, Bahana Anim Ha FM, Jurnal Sembilan, Cermin Gaya, Bitlokal,
Marginalia), written next, were measured blind on main at 17219856: both kept every sentence and met every target
(99: 98.3 % of the junk, 20 titles, 18 dates; 100: 99.1 %, 19, 19); they are blind.
heldout101 (Nias Satu, Pagaralam Kini, Putussibau Ekspres, Radio Swara Minahasa, Universitas Timor, Sungailiat Pos,
Sportivo Kendari, Tarakan Bisnis, Pantau Emiten, Raja Ampat TV, Stasiun Meteorologi Mopah, Parisada Buleleng, Titik
Tengah, Pojok Gagasan, Siak Terkini, Salawaku News, Rileks, Ulik Gawai, Polres Nagekeo, Toraja Pagi) and heldout102
(Bagansiapiapi Pos, Batulicin Ekspres, Lensa Nusantara, Bahana Kayong FM, Akademi Kelautan Wakatobi, Kei Ekspres,
Bhayangkara Biak, Gamalama Sport, Bisnis Palu, Emiten Harian, Jeda Sore, Catatan Ngoding, Haluan Perbatasan, Jejak
Tambora, Karangasem Hari Ini, BPBD Jayawijaya, Lembar Warga Antang, Kemenag Boalemo, Likupang Pos, Desa Karangsari),
with court reports, a weather bulletin, obituaries, a community newsletter and a village's page among them, were
measured blind before and after the forty-first pass (the same figures): both kept every sentence; 101 met every
target (18 titles), 102 removed 92.7 % of its junk (a newsletter's other items); they are blind.
The figures:

    PYTHONPATH=src .venv/bin/python benchmarks/import_eval.py tests/fixtures/import/heldout6
"""

from __future__ import annotations

import re
import sys

import pytest

from helpers import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from import_eval import decode, evaluate_set, normalise, normalise_raw, read_expected, sample_folders, sentences  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "import"
SETS = {"heldout3": 16, "heldout4": 17, "heldout5": 20, "heldout6": 20, "heldout8": 20, "heldout9": 20,
        "heldout10": 20, "heldout11": 20, "heldout12": 20, "heldout13": 20, "heldout14": 20, "heldout16": 20,
        "heldout17": 20, "heldout18": 20, "heldout19": 20, "heldout21": 20, "heldout22": 20, "heldout23": 20,
        "heldout25": 20, "heldout26": 20, "heldout27": 20, "heldout28": 20, "heldout7": 20, "heldout32": 20,
        "heldout35": 20, "heldout36": 20, "heldout20": 20, "heldout37": 20, "heldout38": 20, "heldout42": 20,
        "heldout43": 20, "heldout44": 20, "heldout47": 20, "heldout49": 20, "heldout50": 20, "heldout51": 20,
        "heldout54": 20, "heldout56": 20, "heldout57": 20, "heldout58": 20, "heldout59": 20, "heldout60": 20,
        "heldout61": 20, "heldout62": 20, "heldout66": 20, "heldout67": 20, "heldout68": 20,
        "heldout72": 20, "heldout74": 20, "heldout75": 20, "heldout76": 20, "heldout78": 20, "heldout83": 20,
        "heldout84": 20, "heldout87": 20, "heldout88": 20, "heldout92": 20, "heldout24": 20, "heldout81": 20,
        "heldout85": 20, "heldout93": 20, "heldout94": 20, "heldout95": 20, "heldout96": 20, "heldout64": 20,
        "heldout98": 20}
"""The blind sets and how many samples each has at least."""
BLIND: dict[str, int] = {"heldout15": 20, "heldout29": 20, "heldout30": 20,
                         "heldout31": 20, "heldout33": 20, "heldout34": 20, "heldout39": 20, "heldout40": 20,
                         "heldout41": 20, "heldout45": 20, "heldout46": 20,
                         "heldout48": 20, "heldout52": 20, "heldout53": 20,
                         "heldout55": 20, "heldout63": 20, "heldout65": 20,
                         "heldout69": 20, "heldout70": 20,
                         "heldout71": 20, "heldout73": 20,
                         "heldout77": 20,
                         "heldout79": 20, "heldout80": 20,
                         "heldout82": 20,
                         "heldout86": 20,
                         "heldout89": 20, "heldout90": 20,
                         "heldout91": 20,
                         "heldout97": 20, "heldout99": 20, "heldout100": 20, "heldout101": 20,
                         "heldout102": 20}
"""Sets not tuned to yet (their README gives the blind figures): no crash and their own soundness are
asserted, not the targets."""

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[789]:00$")  # WIB, WITA, WIT


@pytest.mark.parametrize("set_name", {**SETS, **BLIND})
def test_the_held_out_set_imports_without_a_crash(set_name: str):
    figures = evaluate_set(FIXTURES / set_name)
    assert figures.crashes == ()
    assert len(figures.samples) >= {**SETS, **BLIND}[set_name]


@pytest.mark.parametrize("set_name", SETS)
def test_the_set_meets_the_targets_as_a_development_set(set_name: str):
    """Issue 19's targets: every body sentence kept, 95 % of junk lines removed, 9 titles and dates in 10."""
    figures = evaluate_set(FIXTURES / set_name)
    assert figures.sentences_kept == figures.sentences_total
    assert figures.junk_removed >= 0.95 * figures.junk_total
    assert figures.titles_ok >= 0.9 * len(figures.samples)
    assert figures.dates_ok >= 0.9 * len(figures.samples)


@pytest.mark.parametrize("set_name", {**SETS, **BLIND})
def test_every_expected_sentence_and_title_is_in_its_raw_text(set_name: str):
    """The set itself is sound: an editor's expected body and title only keep text that is in the input,
    and every sample states a date in one of the two forms the metric compares."""
    for folder in sample_folders(FIXTURES / set_name):
        raw = normalise_raw(decode((folder / "input.txt").read_bytes()))
        expected = read_expected(folder / "expected.md")
        assert ISO_DAY.match(expected.date) or ISO_TIME.match(expected.date), \
            f"{folder.name}: expected.md has no date, or not as YYYY-MM-DD / YYYY-MM-DDTHH:MM:SS+07:00"
        assert normalise(expected.title) in raw, f"{folder.name}: the expected title is not in input.txt"
        assert all(normalise(author) in raw for author in expected.authors), f"{folder.name}: author not in input"
        missing = [s for s in sentences(expected.body) if s not in raw]
        assert missing == [], f"{folder.name}: expected sentences not in input.txt: {missing}"


@pytest.mark.parametrize("set_name", {**SETS, **BLIND})
def test_the_set_has_the_encodings_and_shapes_it_claims(set_name: str):
    """CRLF with a BOM, Windows-1252 bytes, a relative date with its fetched_at.txt, hard-wrapped texts,
    and the three Indonesian time zones."""
    folders = sample_folders(FIXTURES / set_name)
    inputs = {folder.name: (folder / "input.txt").read_bytes() for folder in folders}
    assert any(data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data for data in inputs.values())
    cp1252 = []
    for name, data in inputs.items():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            cp1252.append(name)
    assert cp1252, "no Windows-1252 sample"
    assert all(any(mark in inputs[name].decode("cp1252") for mark in "\u201c\u2014") for name in cp1252)
    relative = [name for name in inputs if (FIXTURES / set_name / name / "fetched_at.txt").is_file()]
    assert relative, "no relative-date sample"
    assert all("lalu" in decode(inputs[name]) for name in relative)
    assert sum("wrapped" in name for name in inputs) >= 2  # "hardwrapped", "wrapped72"
    offsets = {read_expected(folder / "expected.md").date[-6:] for folder in folders}
    assert {"+07:00", "+08:00", "+09:00"} - ZONES_NOT_GIVEN.get(set_name, set()) <= offsets


ZONES_NOT_GIVEN = {"heldout9": {"+09:00"}}
"""Zones a set has no sample in (heldout9's writer picked no outlet in eastern Indonesia; the set was
measured blind as it is, and is not changed)."""


def test_a_numbered_heading_under_a_read_also_box_stays_in_place():
    """Issue 19, fifteenth pass (heldout19's listicle): "3. Ada Ratusan Pecahan Keramik" right under "Baca Juga:"
    and its link continues the story's numbered headings; it stays a heading in the body where it stands, below
    the paragraph above the box (not only in a table of contents, which goes)."""
    from helpers import parse_text

    folder = next(f for f in sample_folders(FIXTURES / "heldout19") if f.name.startswith("10-"))
    raw = decode((folder / "input.txt").read_bytes())
    heading, above, below = ("## 3. Ada Ratusan Pecahan Keramik", "Hasil penyelaman awal menunjukkan",
                             "Di sekitar bangkai kapal")
    assert raw.index("Baca Juga:") > raw.index(above)  # the box stands between the paragraph and the heading
    for body in ((folder / "expected.md").read_text(encoding="utf-8").split("\n---\n", 1)[1],
                 parse_text(raw).body):
        assert body.index(above) < body.index(heading) < body.index(below)
        assert body.count("Ada Ratusan Pecahan Keramik") == 1 and "Daftar Isi" not in body


@pytest.mark.parametrize("set_folder", sorted(p.name for p in FIXTURES.iterdir() if (p / "README.md").is_file()))
def test_every_set_readme_still_names_its_set_and_outlets_above_its_measurements(set_folder: str):
    """A set's README opens with its title and its writer's account of the outlets (what makes it held out),
    above any measurement added later: a registration once replaced three sets' accounts with their figures."""
    text = (FIXTURES / set_folder / "README.md").read_text(encoding="utf-8")
    assert text.startswith("# "), f"{set_folder}/README.md does not open with its title"
    first_section = text.find("\n## ")
    assert first_section == -1 or len(text[:first_section].split()) >= 40, \
        f"{set_folder}/README.md has no account of its samples above its first section"
