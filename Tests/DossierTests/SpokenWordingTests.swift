import Dossier
import Testing

/// Fields in spoken and written-as-spoken wordings (webinar transcripts, chats, threads) first
/// met in blind sets 98 to 102, in texts of our own.
@Suite("Extract: spoken wordings")
struct SpokenWordingTests {
    /// A speaker's revised count (`au total, c'est dix-huit jeunes`) outranks the count the
    /// file first gave (`on avait écrit douze jeunes sur les deux ans`); a budget said with
    /// `c'est` is the cost; `Côté logements, on en a trouvé neuf` counts dwellings.
    @Test func readsFiguresAsASpeakerGivesThem() throws {
        let transcript = try Fixtures.record("""
            [00:05:12] Léa Roth : Au départ, on avait écrit douze jeunes sur les deux ans. Avec la rallonge, au total le dispositif, c'est dix-huit jeunes. Côté logements, on en a trouvé neuf, surtout des T1.
            [00:09:40] Léa Roth : Le budget global, c'est 71 480 euros sur les deux ans, un peu plus qu'annoncé.

            """)
        let households = try #require(transcript.households?.value)
        #expect((households.min, households.max, households.per) == (18, 18, .total))
        #expect(transcript.housingUnits?.value.min == 9)
        #expect(transcript.cost?.value.total == 71_480)
    }

    /// A thread's count given with `en` (`On en suivra finalement 14 sur la durée`), flats a
    /// landlord `a ouvert`, and newcomers (`qui emménagent`) beside tenants already housed.
    @Test func readsAThreadsCountsAndBothModes() throws {
        let thread = try Fixtures.record("""
            2/5 Où en est-on ? Au lancement on espérait 10 personnes. On en suivra finalement 14 sur la durée, 9 qui emménagent et 5 déjà locataires. Le bailleur a ouvert 7 appartements en bail glissant.

            """)
        let households = try #require(thread.households?.value)
        #expect((households.min, households.max) == (14, 14))
        #expect(thread.housingUnits?.value.min == 7)
        #expect(thread.mode?.value == .accessAndMaintenance)
    }
}
